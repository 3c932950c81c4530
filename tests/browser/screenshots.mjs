// Screenshots for the docs, made with headless Chromium from a built site.
//
//   node screenshots.mjs conventions SITE_DIR OUT_DIR   one picture per authoring convention
//   node screenshots.mjs guides SITE_DIR OUT_DIR        every guide at phone and desktop width
//   node screenshots.mjs guides SITE_DIR OUT_DIR ar/nhs-111-online cy/gp-appointment
//                                                       just those pages, at phone width
//   node screenshots.mjs report REPORT_DIR OUT_DIR      the first chart of each check report section
//   node screenshots.mjs a11y SITE_DIR OUT_DIR          a left-to-right and a right-to-left guide at
//                                                       320 CSS px, normal and in forced colours
//   node screenshots.mjs step-box SITE_DIR OUT_DIR      a step with a box in it, at phone width
//                                                       (this repository's site)
//   node screenshots.mjs offline UNZIPPED_DIR OUT_DIR   an offline copy's START-HERE.html, opened
//                                                       from disk (file://)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { serve, htmlFiles, chromiumOptions } from "./serve.mjs";
import { emulateForcedColors } from "./forced.mjs";

const [mode, siteArg, outArg, ...only] = process.argv.slice(2);
if (!["conventions", "guides", "report", "a11y", "step-box", "offline"].includes(mode) || !siteArg || !outArg) {
  console.error("usage: node screenshots.mjs conventions|guides|report|a11y|step-box|offline DIR OUT_DIR");
  process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg);
fs.mkdirSync(out, { recursive: true });

/** Elements of the fixture's first guide that show each convention. */
const CONVENTIONS = [
  ["step", ".steps > li:first-child"],
  ["callout", ".callout-caution"],
  ["do-dont", ".advice-do"],
  ["you-need", ".you-need"],
  ["facts", ".facts"],
  ["table", "table"],
];

const server = await serve(site);
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-chromium-"));
const browser = await puppeteer.launch(chromiumOptions(userDataDir));
try {
  const page = await browser.newPage();
  if (mode === "conventions") {
    await page.setViewport({ width: 560, height: 800, deviceScaleFactor: 1 });
    await page.goto(server.url + "en/first/", { waitUntil: "load" });
    for (const [name, selector] of CONVENTIONS) {
      const element = await page.$(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      await element.screenshot({ path: path.join(out, `${name}.png`) });
    }
  } else if (mode === "offline") {
    // Opened as a library PC opens it: from disk, with no server.
    await page.setViewport({ width: 800, height: 640, deviceScaleFactor: 1 });
    await page.goto(`file://${path.join(site, "START-HERE.html")}`, { waitUntil: "load" });
    await page.screenshot({ path: path.join(out, "outputs-offline.png") });
  } else if (mode === "step-box") {
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    await page.goto(server.url + "en/nhs-111-online/", { waitUntil: "load" });
    await loadLazyPictures(page);
    const step = await page.$(".step-with-boxes");
    if (!step) throw new Error("no step with a box on en/nhs-111-online/");
    await step.screenshot({ path: path.join(out, "step-box.png") });
  } else if (mode === "a11y") {
    await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 1 });
    const guides = ["en/nhs-111-online", "ar/nhs-111-online"];
    for (const forced of [false, true]) {
      if (forced) await emulateForcedColors(page);
      for (const guide of guides) {
        await page.goto(`${server.url}${guide}/`, { waitUntil: "load" });
        await loadLazyPictures(page);
        const name = `${guide.replace("/", "-")}-320${forced ? "-forced-colours" : ""}.png`;
        await page.screenshot({ path: path.join(out, name), clip: { x: 0, y: 0, width: 320, height: 1400 } });
      }
    }
  } else if (mode === "report") {
    await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 1 });
    await page.goto(server.url, { waitUntil: "load" });
    for (const id of ["reading-level", "translations", "page-weight"]) {
      const figure = await page.$(`section[aria-labelledby="${id}"] figure`);
      if (!figure) throw new Error(`the report has no chart in its ${id} section`);
      await figure.screenshot({ path: path.join(out, `report-${id}.png`) });
    }
  } else {
    const guides = only.length
      ? only.map((p) => `${p}/index.html`)
      : htmlFiles(site).filter((p) => /^en\/[^/]+\/index\.html$/.test(p));
    const views = [["phone", { width: 360, height: 740 }], ["desktop", { width: 1280, height: 900 }]];
    for (const rel of guides) {
      const [lang, slug] = rel.split("/");
      const name = lang === "en" ? slug : `${lang}-${slug}`;
      for (const [label, viewport] of only.length ? views.slice(0, 1) : views) {
        await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
        await page.goto(server.url + rel, { waitUntil: "load" });
        await loadLazyPictures(page);
        await page.screenshot({ path: path.join(out, `${name}-${label}.png`), fullPage: label === "phone" });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`screenshots written to ${out}`);

/** A full-page screenshot never scrolls, so pictures marked loading="lazy" would stay blank. */
async function loadLazyPictures(page) {
  await page.evaluate(async () => {
    const pictures = [...document.images];
    for (const img of pictures) img.loading = "eager";
    await Promise.all(pictures.map((img) => img.decode().catch(() => null)));
  });
}
