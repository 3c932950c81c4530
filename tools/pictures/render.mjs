// Renders the photo-like raster pictures of the guides (scenes.mjs) to PNG or JPEG with
// headless Chromium, and draws a contact sheet of every picture for reviewing them.
//
//   node tools/pictures/render.mjs                 write every raster picture into content/
//   node tools/pictures/render.mjs ONLY...         write only the pictures whose path contains ONLY
//   node tools/pictures/render.mjs --sheet OUT.png a contact sheet of every picture in content/
//
// Needs the browser-check packages: (cd tests/browser && npm ci). It uses their puppeteer-core
// and the same Chromium options (no network). The scenes use fixed seeds for their texture,
// so one Chromium version always writes the same pixels.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { chromiumOptions } from "../../tests/browser/serve.mjs";
import { SCENES } from "./scenes.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const require = createRequire(path.join(root, "tests/browser/package.json"));
const puppeteer = require("puppeteer-core");
const LIMIT = 400 * 1024;

const args = process.argv.slice(2);
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-pictures-"));
const browser = await puppeteer.launch(chromiumOptions(userDataDir));
let problems = 0;
try {
  const page = await browser.newPage();
  if (args[0] === "--sheet") {
    await sheet(page, path.resolve(args[1] ?? "pictures.png"));
  } else {
    for (const [rel, scene] of Object.entries(SCENES)) {
      if (args.length && !args.some((a) => rel.includes(a))) continue;
      problems += await renderScene(page, rel, scene);
    }
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(problems ? 1 : 0);

/** Renders one scene; returns 1 when the file is over the size limit. */
async function renderScene(page, rel, scene) {
  const { width, height } = scene;
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><body style="margin:0">${scene.draw()}</body>`, { waitUntil: "load" });
  const file = path.join(root, "content", rel);
  const type = rel.endsWith(".png") ? "png" : "jpeg";
  const options = { path: file, type, clip: { x: 0, y: 0, width, height } };
  if (type === "jpeg") options.quality = scene.quality ?? 80;
  await page.screenshot(options);
  if (type === "png") fs.writeFileSync(file, recompressPng(fs.readFileSync(file)));
  const size = fs.statSync(file).size;
  console.log(`${rel}: ${width}×${height} ${type}, ${Math.round(size / 1024)} KB`);
  if (size > LIMIT) {
    console.error(`${rel}: over the ${LIMIT / 1024} KB limit`);
    return 1;
  }
  return 0;
}

/**
 * The same PNG with its pixel data deflated at the highest level: Chromium writes PNGs for
 * speed, an author's export tool would write them smaller. Chunks other than IDAT are kept.
 */
function recompressPng(png) {
  const out = [png.subarray(0, 8)];
  const idat = [];
  const rest = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    (type === "IDAT" ? idat : rest).push([type, data]);
    at += 12 + length;
  }
  const pixels = zlib.inflateSync(Buffer.concat(idat.map(([, d]) => d)));
  for (const [type, data] of rest) {
    if (type === "IEND") out.push(chunk("IDAT", zlib.deflateSync(pixels, { level: 9, memLevel: 9 })));
    out.push(chunk(type, data));
  }
  return Buffer.concat(out);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Every picture under content/*\/images on one page, 6 to a row, with its path. */
async function sheet(page, out) {
  const content = path.join(root, "content");
  const cells = [];
  for (const guide of fs.readdirSync(content).sort()) {
    const dir = path.join(content, guide, "images");
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const bytes = fs.readFileSync(path.join(dir, name));
      const type = name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png" : "image/jpeg";
      cells.push(
        `<figure><img src="data:${type};base64,${bytes.toString("base64")}"><figcaption>${guide}/${name}</figcaption></figure>`,
      );
    }
  }
  const css =
    "body{margin:0;padding:8px;font:12px sans-serif;display:grid;grid-template-columns:repeat(6,200px);gap:8px;background:#fff}" +
    "figure{margin:0}img{width:200px;height:160px;object-fit:contain;background:#f4f4f4}";
  await page.setViewport({ width: 1264, height: 800, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><style>${css}</style>${cells.join("")}`, { waitUntil: "load" });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`${cells.length} pictures on ${out}`);
}
