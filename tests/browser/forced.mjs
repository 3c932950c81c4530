// Forced colours (Windows high contrast) in headless Chromium. Puppeteer's
// emulateMediaFeatures does not accept forced-colors; the DevTools protocol does.

const sessions = new WeakMap();

/** Makes `page` render as with `forced-colors: active` (or, with `on` false, as without). */
export async function emulateForcedColors(page, on = true) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  await sessions.get(page).send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: on ? "active" : "none" }] });
}
