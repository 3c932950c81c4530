// Browser checks of a built site: axe-core in headless Chromium on every page (phone width
// in light mode; desktop width in dark mode for two languages, see RUNS), served with the README's security headers, no
// request to another host, no script, nothing the Content-Security-Policy blocks (pages are
// opened at the site's published address, answered by the local server; each fragment is
// opened inside a practice's page on another host, as the README says to show it); then, at
// 320 CSS px, keyboard focus visible on every link and control, no sideways scrolling, WCAG
// 1.4.12 text spacing without clipped text, and forced colours keeping controls and step
// boundaries visible (a11y.mjs); then each language's frame code (from a share page) pasted
// into a practice's page under the practice's policy: the frame opens the guide, nothing is
// blocked, axe-core finds nothing; and the Nu HTML Checker on every HTML and CSS file (and
// the practices' pages). Any finding fails the run.
//
//   node check.mjs [SITE_DIR] [--base-url URL]   (default: ../../public, the address in its sitemap)
//   ONLY=REGEX node check.mjs …                  only the pages whose path matches
//   node check.mjs DIR --expect LIST             every `page: words` line of LIST must be found
//                                                (pages made to fail: proves each check can)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";
import { serve, htmlFiles, chromiumOptions, isFragment, hostPage, framePage, frameCode, siteBase, HOST_BASE, HOST_RESETS } from "./serve.mjs";
import { keyboardFocus, reflow, textSpacing, forcedColors } from "./a11y.mjs";
import { emulateForcedColors } from "./forced.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const baseFlag = args.indexOf("--base-url");
const baseArg = baseFlag >= 0 ? args.splice(baseFlag, 2)[1] : null;
const expectFlag = args.indexOf("--expect");
const expectArg = expectFlag >= 0 ? args.splice(expectFlag, 2)[1] : null;
const site = path.resolve(args[0] ?? path.join(here, "../../public"));
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// Every page at phone width in light mode; at desktop width in dark mode, the pages of the
// site's own language and of its first right-to-left one (colours and the desktop layout are
// the same stylesheet in every language; what differs by language, the words, their
// direction and how they wrap, the phone run and the 320 px checks see on every page).
const RUNS = [
  { name: "phone, light", viewport: { width: 360, height: 740, deviceScaleFactor: 2 }, scheme: "light", every: true },
  { name: "desktop, dark", viewport: { width: 1280, height: 900 }, scheme: "dark", every: false },
];
const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  resultTypes: ["violations", "incomplete"],
};

/**
 * Answers the page's requests as the published site would: addresses under the site's base
 * address, and the practice's page, come from the local server with its headers. A request
 * to any other host is a finding and is refused.
 */
async function route(page, base, local, findings) {
  await page.setRequestInterception(true);
  page.on("request", async (request) => {
    const url = request.url();
    if (url.startsWith("data:")) return request.continue();
    let target = null;
    if (url.startsWith(base)) target = local + url.slice(base.length);
    else if (url.startsWith(HOST_BASE)) target = local + "__host/" + url.slice(HOST_BASE.length);
    if (target === null) {
      findings.push(`${request.frame()?.url()}: request to another host: ${url}`);
      return request.abort("blockedbyclient");
    }
    try {
      await request.respond(await answer(target));
    } catch (e) {
      findings.push(`${url}: the local server did not answer: ${e.message}`);
      await request.abort("failed");
    }
  });
}

/**
 * The local server's answer to `target`, read once: the site is static files, and the same
 * stylesheet and pictures are asked for by hundreds of pages in every pass.
 */
const answers = new Map();
function answer(target) {
  if (!answers.has(target)) {
    answers.set(
      target,
      fetch(target).then(async (response) => ({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      })),
    );
  }
  return answers.get(target);
}

/**
 * Every page to open: `{ label, url, dark }`, fragments inside a practice's page; `dark` for
 * the pages the desktop dark run opens too (see RUNS).
 */
function targetsOf(pages, fragments, base) {
  const langs = new Map(pages.map((rel) => [rel, languageOf(rel)]));
  const source = langs.get("index.html")?.lang;
  const rtl = [...langs.values()].filter((l) => l.rtl).map((l) => l.lang).sort()[0];
  const dark = (rel) => !langs.get(rel).lang || [source, rtl].includes(langs.get(rel).lang);
  return pages.map((rel) =>
    fragments.has(rel)
      ? { label: `${rel} (in a practice's page)`, url: HOST_BASE + rel, dark: dark(rel) }
      : { label: rel, url: base + rel, dark: dark(rel) },
  );
}

/** A page's language and whether it is right to left, from its first `lang` and `dir`. */
function languageOf(rel) {
  const html = fs.readFileSync(path.join(site, rel), "utf8");
  const lang = /<(?:html|div|section|article)\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const dir = /<(?:html|div|section|article)\b[^>]*\sdir="([^"]+)"/.exec(html)?.[1];
  return { lang, rtl: dir === "rtl" };
}

async function checkPages(base, local, targets, frames) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-chromium-"));
  const browser = await puppeteer.launch(chromiumOptions(userDataDir));
  try {
    // Each pass has its own tab, and the passes run side by side: the machine's cores share
    // the work, and each pass still opens the pages in the same order, so its findings do too.
    const passes = await Promise.all([
      ...RUNS.map((run) => timed(`axe-core, ${run.name}`, axePass(browser, run, base, local, run.every ? targets : targets.filter((t) => t.dark)))),
      timed("focus, reflow, text spacing, forced colours", checkBeyondAxe(browser, base, local, targets)),
    ]);
    passes.push(await timed("frames on a practice's page", checkFrames(browser, base, local, frames)));
    return passes.flat();
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Resolves as `work` does, and says how long it took: a slow pass shows in the log. */
async function timed(name, work) {
  const start = performance.now();
  const result = await work;
  console.log(`  ${name}: ${((performance.now() - start) / 1000).toFixed(0)} s`);
  return result;
}

/** One axe-core run over every page, in one tab. */
async function axePass(browser, run, base, local, targets) {
  const findings = [];
  const page = await browser.newPage();
  await page.setViewport(run.viewport);
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: run.scheme }]);
  page.on("console", (message) => {
    // The pages are served with the README's Content-Security-Policy; anything it blocks
    // is something the pages need that the README would break.
    // axe-core itself fetches each stylesheet to read it ("Connecting to …"); the pages
    // have no script (checked below), so a blocked connection is the checker's, not theirs.
    if (message.text().includes("Content Security Policy") && !message.text().startsWith("Connecting to")) {
      findings.push(`${page.url()}: blocked by the README's Content-Security-Policy: ${message.text()}`);
    }
  });
  await route(page, base, local, findings);
  // axe-core is put in each page as it opens, once compiled, rather than sent to every page.
  await page.evaluateOnNewDocument(axeSource);
  for (const { label: rel, url } of targets) {
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response?.ok()) findings.push(`${rel}: answered ${response?.status()}`);
    // A JSON-LD block is data a browser never runs; any other script element would run,
    // but for the site's own frame-sizing script on a frame page (`[embed] resize_script`).
    const scripts = await page.evaluate(() => [...document.scripts].filter((s) => s.type !== "application/ld+json" && !(location.pathname.startsWith("/embed/") && new URL(s.src || "x:", location.href).pathname === "/embed/resize.js")).length);
    if (scripts > 0) findings.push(`${rel}: has ${scripts} script element(s)`);
    const result = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
    for (const v of result.violations) {
      findings.push(`${rel} (${run.name}): ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ") + " — " + n.failureSummary.replace(/\n/g, " ")).join("\n    ")}`);
    }
    for (const v of result.incomplete.filter((i) => i.id.startsWith("color-contrast"))) {
      // Contrast axe cannot decide (text over a picture, say) must be looked at by hand.
      findings.push(`${rel} (${run.name}): ${v.id} needs review: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.any.map((a) => a.message).join("; ")})`).join(", ")}`);
    }
  }
  await page.close();
  return findings;
}

/**
 * Reflow, keyboard focus, text spacing and forced colours at 320 CSS px, on every page, each
 * page opened once: the spacing is taken off and forced colours turned off again before the
 * next check, so each check sees the page as the one before left it.
 */
async function checkBeyondAxe(browser, base, local, targets) {
  const findings = [];
  const page = await browser.newPage();
  // The text spacing is a reader's own stylesheet, which a page's policy does not govern
  // (the axe runs above hold the pages to the policy).
  await page.setBypassCSP(true);
  await route(page, base, local, findings);
  await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 1 });
  for (const { label: rel, url } of targets) {
    await page.goto(url, { waitUntil: "load" });
    findings.push(...(await reflow(page, rel)));
    findings.push(...(await keyboardFocus(page, rel)));
    findings.push(...(await textSpacing(page, rel)));
    await emulateForcedColors(page, true);
    findings.push(...(await forcedColors(page, rel)));
    await emulateForcedColors(page, false);
  }
  await page.close();
  return findings;
}

/**
 * Each share page's frame code, pasted into a practice's page served with the policy the
 * README gives practices: the frame must show the guide's frame page (its `main`, in the
 * language the code says), nothing may break either page's policy (`securitypolicyviolation`
 * in the practice's page and in the frame), and axe-core on the practice's page, frame
 * included, must find nothing.
 */
async function checkFrames(browser, base, local, frames) {
  const findings = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2 });
  await route(page, base, local, findings);
  // In every frame, before its own content: the policy's complaints are kept, and axe-core
  // is there for the frame's part of the run.
  await page.evaluateOnNewDocument(`
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
  `);
  await page.evaluateOnNewDocument(axeSource);
  for (const { share, host, src, lang, code } of frames) {
    const label = `${share} (its frame code on a practice's page)`;
    await page.goto(HOST_BASE + host, { waitUntil: "load" });
    const frame = await page
      .waitForFrame((f) => f.url() === src, { timeout: 15000 })
      .catch(() => null);
    if (!frame) {
      findings.push(`${label}: the frame did not open ${src}`);
      continue;
    }
    await frame.waitForSelector("main", { timeout: 5000 }).catch(() => null);
    const inside = await frame.evaluate(() => ({ main: !!document.querySelector("main"), lang: document.documentElement.lang, violations: window.__violations ?? [] }));
    if (!inside.main) findings.push(`${label}: the frame shows no guide`);
    if (lang && inside.lang !== lang) findings.push(`${label}: the code says lang="${lang}", the frame's page is lang="${inside.lang}"`);
    // With the frame-sizing script in the code, the frame grows to the guide's height.
    if (/<script\b[^>]*resize\.js/.test(code)) {
      const fits = await page
        .waitForFunction(() => {
          const f = document.querySelector("iframe");
          return f && f.height !== "900" && f.height;
        }, { timeout: 5000 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      const tall = await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      if (fits === null) findings.push(`${label}: the frame-sizing script did not change the frame's height`);
      else if (Math.abs(Number(fits) - tall) > 2) findings.push(`${label}: the frame is ${fits} px tall, the guide in it ${tall} px`);
    }
    const outside = await page.evaluate(() => window.__violations);
    for (const v of [...outside, ...inside.violations]) findings.push(`${label}: blocked by a policy: ${v}`);
    const result = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
    for (const v of result.violations) {
      findings.push(`${label}: ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
    }
  }
  await page.close();
  return findings;
}

/**
 * One share page's frame code per language, as a practice's page to open: `{ share, host,
 * src, lang }`. The code comes from one template in every language, and the frame pages it
 * opens are each checked as pages above under the same policy; what is left to show is that
 * the code, pasted, opens them.
 */
function framesOf(pages) {
  const out = [];
  const langs = new Set();
  for (const rel of pages.filter((p) => p.endsWith("/share/index.html"))) {
    const lang = rel.split("/")[0];
    if (langs.has(lang)) continue;
    langs.add(lang);
    const code = frameCode(fs.readFileSync(path.join(site, rel), "utf8"));
    if (code === null) continue;
    out.push({
      share: rel,
      host: `frames/${rel}`,
      html: framePage(code),
      code,
      src: /\ssrc="([^"]+)"/.exec(code)?.[1],
      lang: /\slang="([^"]+)"/.exec(code)?.[1],
    });
  }
  return out;
}

/**
 * The Nu HTML Checker on every file; a fragment is checked as the practice's page it is in.
 * It runs while the browser works, in its own process.
 */
function checkMarkup(dir, fragments, hostDir) {
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const only = (f) => !process.env.ONLY || new RegExp(process.env.ONLY).test(path.relative(dir, f));
  const files = filesWith(dir, [".html", ".css", ".svg"])
    .filter(only)
    .filter((f) => !fragments.has(path.relative(dir, f).split(path.sep).join("/")))
    .concat(filesWith(hostDir, [".html"]));
  const args = ["-jar", jar, "--Werror", "--also-check-css", "--also-check-svg", "--format", "gnu", ...files];
  return new Promise((resolve) => {
    execFile("java", args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve([]);
      const out = (stderr + stdout).trim().split("\n").filter(Boolean);
      resolve(out.length > 0 ? out : [`the Nu HTML Checker did not run: ${error.message}`]);
    });
  });
}

function filesWith(dir, extensions) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => extensions.includes(path.extname(f)))
    .sort()
    .map((f) => path.join(dir, f));
}

// ONLY=regex narrows the run to the pages whose path matches (to try a change quickly).
const pages = htmlFiles(site).filter((rel) => !process.env.ONLY || new RegExp(process.env.ONLY).test(rel));
if (pages.length === 0) {
  console.error(`no HTML files in ${site}: build the site first`);
  process.exit(2);
}
const base = baseArg ?? siteBase(site) ?? "https://site.example/";
const fragments = new Set(pages.filter((rel) => isFragment(path.join(site, rel))));
// Each fragment is opened on a practice's page that loads normalize.css and Bootstrap's
// reboot first, as many practice sites do, so axe-core judges the guide among them.
const resets = HOST_RESETS.map((r) => `css/${path.basename(r)}`);
const hosts = new Map(HOST_RESETS.map((r, i) => [resets[i], fs.readFileSync(require.resolve(r), "utf8")]));
const resetUrls = resets.map((r) => HOST_BASE + r);
for (const rel of fragments) hosts.set(rel, hostPage(base, fs.readFileSync(path.join(site, rel), "utf8"), { resets: resetUrls }));
const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), "easyguide-practice-"));
for (const [rel, html] of hosts) {
  if (!rel.endsWith(".html")) continue;
  fs.mkdirSync(path.dirname(path.join(hostDir, rel)), { recursive: true });
  fs.writeFileSync(path.join(hostDir, rel), html);
}
const frames = framesOf(pages);
for (const { host, html } of frames) {
  hosts.set(host, html);
  fs.mkdirSync(path.dirname(path.join(hostDir, host)), { recursive: true });
  fs.writeFileSync(path.join(hostDir, host), html);
}
const markup = timed("Nu HTML Checker", checkMarkup(site, fragments, hostDir));
const server = await serve(site, { policy: true, hosts, siteBaseUrl: base });
let findings;
try {
  findings = await checkPages(base, server.url, targetsOf(pages, fragments, base), frames);
} finally {
  server.close();
}
findings.push(...(await markup));
fs.rmSync(hostDir, { recursive: true, force: true });
if (expectArg) {
  // Pages made to fail: each listed page must have a finding with the listed words.
  const expected = fs.readFileSync(expectArg, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const missed = expected.filter((line) => {
    const [file, words] = [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()];
    return !findings.some((f) => f.includes(file) && f.includes(words));
  });
  if (missed.length > 0) {
    console.error(`expected but not found:\n  ${missed.join("\n  ")}\n\nfound:\n${findings.join("\n")}`);
    process.exit(1);
  }
  console.log(`browser checks: all ${expected.length} defects made on purpose were found (the checks can fail)`);
  process.exit(0);
}
if (findings.length > 0) {
  console.error(findings.join("\n"));
  console.error(`\n${findings.length} finding(s) in ${pages.length} pages`);
  process.exit(1);
}
const dark = targetsOf(pages, fragments, base).filter((t) => t.dark).length;
console.log(`browser checks: ${pages.length} pages with axe-core at phone width (light), ${dark} of them at desktop width (dark) too, focus, reflow, text spacing and forced colours at 320 px, ${frames.length} share pages' frame code on a practice's page, and the Nu HTML Checker: nothing found`);
