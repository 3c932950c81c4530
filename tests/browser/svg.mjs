// Opens every SVG of a folder directly in headless Chromium, served from 127.0.0.1 as a
// web server would publish it, and reports anything a drawing must never do: run script
// (any script the page parses, found through the DevTools debugger), open a dialog, open a
// window, navigate, or make any request besides the file itself. Each file is clicked all
// over and tabbed through, so script behind a click or a focus is found too.
//
//   node svg.mjs DIR                   every file must do nothing (the sanitised corpus)
//   node svg.mjs DIR --expect LIST     every file named in LIST must be caught doing
//                                      something (the raw corpus: proves the hooks work)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { serve, chromiumOptions } from "./serve.mjs";

const dir = path.resolve(process.argv[2] ?? ".");
const expectIndex = process.argv.indexOf("--expect");
const expected = expectIndex > 0 ? fs.readFileSync(process.argv[expectIndex + 1], "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")) : null;

async function check(browser, base, name) {
  const url = base + encodeURIComponent(name);
  const findings = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 400, height: 400 });
  const cdp = await page.createCDPSession();
  await cdp.send("Debugger.enable");
  cdp.on("Debugger.scriptParsed", (e) => {
    if (!e.url.startsWith("pptr:") && !e.url.includes("__puppeteer")) findings.push(`script ran (${short(e.url) || "inline"})`);
  });
  page.on("dialog", async (d) => {
    findings.push(`dialog: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on("request", (r) => {
    // The browser asks for a favicon by itself; that request is not the drawing's.
    if (r.url() !== url && r.url() !== base + "favicon.ico") findings.push(`request: ${short(r.url())}`);
  });
  page.on("framenavigated", (f) => {
    if (f.url() !== url && f.url() !== "about:blank") findings.push(`navigated to ${short(f.url())}`);
  });
  const popup = (t) => {
    if (t.opener() && t.opener() === page.target()) findings.push(`opened a window: ${short(t.url())}`);
  };
  browser.on("targetcreated", popup);
  try {
    await page.goto(url, { waitUntil: "load", timeout: 10000 });
    await sleep(400);
    for (const x of [20, 100, 180]) {
      for (const y of [20, 100, 180]) {
        await page.mouse.click(x, y).catch(() => {});
        await sleep(60);
      }
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab").catch(() => {});
      await page.keyboard.press("Enter").catch(() => {});
    }
    await sleep(300);
  } catch (e) {
    findings.push(`error: ${e.message}`);
  } finally {
    browser.off("targetcreated", popup);
    await page.close().catch(() => {});
  }
  return findings;
}

const TABS = 4;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const short = (text) => (text.length > 100 ? text.slice(0, 100) + "…" : text);

const names = fs.readdirSync(dir).filter((f) => f.endsWith(".svg")).sort();
if (names.length === 0) {
  console.error(`no SVG files in ${dir}`);
  process.exit(2);
}
const server = await serve(dir);
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-chromium-"));
const browser = await puppeteer.launch(chromiumOptions(userDataDir));
const report = [];
let failed = 0;
try {
  // The files are opened a few at a time: most of each file's time is waiting for script
  // that might run after a click, and the waits overlap. Findings are reported in name order.
  const results = new Array(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      results[i] = await check(browser, server.url, names[i]);
    }
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  for (const [i, name] of names.entries()) {
    const findings = results[i];
    if (expected === null && findings.length > 0) {
      failed++;
      report.push(`${name}: ${[...new Set(findings)].join("; ")}`);
    } else if (expected !== null && expected.includes(name) && findings.length === 0) {
      failed++;
      report.push(`${name}: expected the raw file to be caught, but nothing was seen`);
    }
  }
  for (const name of expected ?? []) {
    if (!names.includes(name)) {
      failed++;
      report.push(`${name}: listed but not in ${dir}`);
    }
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(report.join("\n"));
  console.error(`\n${failed} of ${names.length} SVG files failed`);
  process.exit(1);
}
console.log(expected === null
  ? `svg browser check: ${names.length} files opened directly, clicked and tabbed through: no script, dialog, window, navigation or other request`
  : `svg browser check: all ${expected.length} listed raw files were caught (the hooks work)`);
