// Live reload in a real browser: `easyguide serve` on a copy of the basic fixture, a page
// open in headless Chromium, then edits on disk. An edit reloads the page with the new words;
// a broken front matter shows the overlay over the page; the fix removes it; a stylesheet
// change swaps the stylesheet without reloading. Bounded: fails after 90 seconds.
//
//   node live.mjs EASYGUIDE_BINARY
import fs from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import puppeteer from "puppeteer-core";
import { chromiumOptions } from "./serve.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
const binary = path.resolve(process.argv[2] ?? path.join(here, "../../target/release/easyguide"));
setTimeout(() => fail("timed out after 90 s"), 90_000).unref();

function fail(why) {
  console.error(`live reload: ${why}`);
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const site = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-live-"));
fs.cpSync(path.join(here, "../fixtures/basic"), site, { recursive: true });
fs.mkdirSync(path.join(site, "static"));
fs.writeFileSync(path.join(site, "static/style.css"), "body { color: #000; }\n");
const guide = path.join(site, "content/second/index.md");
const edit = (from, to) => fs.writeFileSync(guide, fs.readFileSync(guide, "utf8").replace(from, to));

const port = await freePort();
const server = spawn(binary, ["serve", "--port", String(port), "--color", "never"], { cwd: site });
let log = "";
await new Promise((resolve) => {
  server.stderr.on("data", (chunk) => {
    log += chunk;
    if (log.includes("serving http://")) resolve();
  });
  server.on("exit", () => fail(`serve stopped:\n${log}`));
});

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-chromium-"));
const browser = await puppeteer.launch(chromiumOptions(userDataDir));
try {
  const page = await browser.newPage();
  // Note when the page's reload channel says hello, so edits are made only once it listens.
  await page.evaluateOnNewDocument(() => {
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(...args) {
        super(...args);
        this.addEventListener("hello", () => (window.easyguideLive = true));
      }
    };
  });
  await page.goto(`http://127.0.0.1:${port}/en/second/`, { waitUntil: "load" });
  await page.waitForFunction(() => window.easyguideLive === true, { timeout: 20_000 });
  const mark = () => page.evaluate(() => (window.easyguideMark = true));
  const marked = () => page.evaluate(() => window.easyguideMark === true);

  await mark();
  edit("Go back to", "Now go back to");
  await page.waitForFunction(() => document.body.innerText.includes("Now go back to"), { timeout: 20_000 });
  if (await marked()) fail("the page changed without a reload");

  edit("title =", "titel =");
  await page.waitForSelector("#easyguide-overlay", { timeout: 20_000 });
  const text = await page.$eval("#easyguide-overlay", (e) => e.innerText);
  if (!text.includes("titel")) fail(`the overlay does not name the mistake:\n${text}`);
  edit("titel =", "title =");
  await page.waitForFunction(() => !document.getElementById("easyguide-overlay"), { timeout: 20_000 });

  await page.waitForFunction(() => document.readyState === "complete");
  await page.waitForFunction(() => window.easyguideLive === true, { timeout: 20_000 });
  const before = await page.$eval('link[rel~="stylesheet"]', (l) => l.getAttribute("href"));
  await mark();
  fs.writeFileSync(path.join(site, "static/style.css"), "body { color: #111; }\n");
  await page.waitForFunction(
    (old) => document.querySelector('link[rel~="stylesheet"]').getAttribute("href") !== old,
    { timeout: 20_000 },
    before,
  );
  if (!(await marked())) fail("a stylesheet change reloaded the page instead of swapping it");
  console.log("live reload: reload, overlay, recovery and stylesheet swap work in Chromium");
} finally {
  await browser.close();
  server.removeAllListeners("exit");
  server.kill("SIGINT");
  fs.rmSync(site, { recursive: true, force: true });
}
