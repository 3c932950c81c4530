// Browser checks of a built site: axe-core in headless Chromium on every page (phone width
// in light mode, desktop width in dark mode), served with the README's security headers, no
// request to another host, no script, nothing the Content-Security-Policy blocks; then, at
// 320 CSS px, keyboard focus visible on every link and control, no sideways scrolling, WCAG
// 1.4.12 text spacing without clipped text, and forced colours keeping controls and step
// boundaries visible (a11y.mjs); then the Nu HTML Checker on every HTML and CSS file. Any
// finding fails the run.
//
//   node check.mjs [SITE_DIR]      (default: ../../public)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";
import { serve, htmlFiles, chromiumOptions } from "./serve.mjs";
import { keyboardFocus, reflow, textSpacing, forcedColors } from "./a11y.mjs";
import { emulateForcedColors } from "./forced.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const site = path.resolve(process.argv[2] ?? path.join(here, "../../public"));
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const RUNS = [
  { name: "phone, light", viewport: { width: 360, height: 740, deviceScaleFactor: 2 }, scheme: "light" },
  { name: "desktop, dark", viewport: { width: 1280, height: 900 }, scheme: "dark" },
];
const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  resultTypes: ["violations", "incomplete"],
};

async function checkPages(base, pages) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-chromium-"));
  const browser = await puppeteer.launch(chromiumOptions(userDataDir));
  const findings = [];
  try {
    for (const run of RUNS) {
      const page = await browser.newPage();
      await page.setViewport(run.viewport);
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: run.scheme }]);
      page.on("console", (message) => {
        // The pages are served with the README's Content-Security-Policy; anything it blocks
        // is something the pages need that the README would break.
        if (message.text().includes("Content Security Policy")) {
          findings.push(`${page.url()}: blocked by the README's Content-Security-Policy: ${message.text()}`);
        }
      });
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (!["127.0.0.1", ""].includes(url.hostname) && url.protocol !== "data:") {
          findings.push(`${request.frame()?.url()}: request to another host: ${request.url()}`);
        }
      });
      for (const rel of pages) {
        const url = base + rel;
        await page.goto(url, { waitUntil: "load" });
        const scripts = await page.evaluate(() => document.scripts.length);
        if (scripts > 0) findings.push(`${rel}: has ${scripts} script element(s)`);
        await page.evaluate(axeSource);
        const result = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
        for (const v of result.violations) {
          findings.push(`${rel} (${run.name}): ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ") + " — " + n.failureSummary.replace(/\n/g, " ")).join("\n    ")}`);
        }
        for (const v of result.incomplete.filter((i) => i.id.startsWith("color-contrast"))) {
          // Contrast axe cannot decide (text over a picture, say) must be looked at by hand.
          findings.push(`${rel} (${run.name}): ${v.id} needs review: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
      }
      await page.close();
    }
    findings.push(...(await checkBeyondAxe(browser, base, pages)));
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return findings;
}

/** Focus, reflow and text spacing at 320 CSS px, then forced colours, on every page. */
async function checkBeyondAxe(browser, base, pages) {
  const findings = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 1 });
  for (const rel of pages) {
    await page.goto(base + rel, { waitUntil: "load" });
    findings.push(...(await reflow(page, rel)));
    findings.push(...(await keyboardFocus(page, rel)));
    await page.goto(base + rel, { waitUntil: "load" });
    findings.push(...(await textSpacing(page, rel)));
  }
  await emulateForcedColors(page);
  for (const rel of pages) {
    await page.goto(base + rel, { waitUntil: "load" });
    findings.push(...(await forcedColors(page, rel)));
  }
  await page.close();
  return findings;
}

function checkMarkup(dir) {
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const files = filesWith(dir, [".html", ".css", ".svg"]);
  try {
    execFileSync("java", ["-jar", jar, "--Werror", "--also-check-css", "--also-check-svg", "--format", "gnu", ...files], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    return [];
  } catch (e) {
    return (e.stderr.toString() + e.stdout.toString()).trim().split("\n").filter(Boolean);
  }
}

function filesWith(dir, extensions) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => extensions.includes(path.extname(f)))
    .sort()
    .map((f) => path.join(dir, f));
}

const pages = htmlFiles(site);
if (pages.length === 0) {
  console.error(`no HTML files in ${site}: build the site first`);
  process.exit(2);
}
const server = await serve(site, { policy: true });
let findings;
try {
  findings = await checkPages(server.url, pages);
} finally {
  server.close();
}
findings.push(...checkMarkup(site));
if (findings.length > 0) {
  console.error(findings.join("\n"));
  console.error(`\n${findings.length} finding(s) in ${pages.length} pages`);
  process.exit(1);
}
console.log(`browser checks: ${pages.length} pages, ${RUNS.length} axe-core runs each, focus, reflow, text spacing and forced colours at 320 px, and the Nu HTML Checker: nothing found`);
