// Forced colours (Windows high contrast) in headless Chromium. Puppeteer's
// emulateMediaFeatures does not accept forced-colors; the DevTools protocol does.

/** Makes `page` render as with `forced-colors: active`. */
export async function emulateForcedColors(page) {
  const session = await page.createCDPSession();
  await session.send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "active" }] });
}
