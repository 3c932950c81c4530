// A tiny static file server on 127.0.0.1 for the browser checks: no dependencies, no network.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".json": "application/json",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
  ".js": "text/javascript; charset=utf-8",
};

/** The headers the README's "Serving the site" section tells web teams to send. */
export const POLICY = {
  page: "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
  // Frame pages may load the site's own frame-sizing script (`[embed] resize_script`).
  embed: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
  svg: "default-src 'none'; style-src 'unsafe-inline'; sandbox",
};

/** The address of a made-up GP practice site that shows the site's fragments. */
export const HOST_BASE = "https://practice.example/";

/** The policy the README tells a site that shows the guides to send: its own files, plus
 * the guide site's stylesheet and pictures (a fragment) or pages (a frame). */
export function hostPolicy(siteBase) {
  const guides = new URL(siteBase).origin;
  return `default-src 'none'; script-src ${guides}; style-src 'self' ${guides}; img-src 'self' ${guides}; frame-src ${guides}; base-uri 'none'; form-action 'none'`;
}

/** A made-up practice's page: its `head` links, then `body` inside its main landmark. */
function practicePage(head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Health guides – Example Practice</title>
${head}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A practice's page that shows a guide in a frame: the frame code exactly as the guide's
 * share page gives it to copy, pasted into the page's main landmark. */
export function framePage(code) {
  return practicePage("", `<h1>Health guides</h1>\n${code}`);
}

/** The frame code a share page gives to copy (the whole code block that holds an
 * `<iframe>`, unescaped), or `null` when it has none. */
export function frameCode(sharePage) {
  const escaped = [...sharePage.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => m[1]).find((c) => c.includes("&lt;iframe"));
  if (!escaped) return null;
  return escaped.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** Base stylesheets real practice sites load before anything else (from npm): a page that
 * shows a fragment has them, so the guide is checked among them. */
export const HOST_RESETS = ["normalize.css/normalize.css", "bootstrap/dist/css/bootstrap-reboot.css"];

/** A practice's page that shows `fragment` as the README says: the practice's own base
 * stylesheets (`resets`, addresses on its host), the embed stylesheet from the guide site,
 * then the fragment's markup inside the page's main landmark. */
export function hostPage(siteBase, fragment, { resets = [] } = {}) {
  const links = [...resets, new URL("embed/easyguide.css", siteBase).href];
  return practicePage(links.map((href) => `<link rel="stylesheet" href="${href}">\n`).join(""), fragment);
}

/** The address the site is published at: the first address in its sitemap, which the build
 * writes from `base_url`. `null` when the site has no sitemap. */
export function siteBase(root) {
  const file = path.join(root, "sitemap.xml");
  if (!fs.existsSync(file)) return null;
  const loc = fs.readFileSync(file, "utf8").match(/<loc>([^<]+)<\/loc>/);
  return loc ? new URL(".", loc[1]).href : null;
}

/** Serves `root` on a free port; resolves to { url, close }. With `{ policy: true }` every
 * response carries the README's headers, so the checks prove the pages work under them.
 * `hosts` maps a path to a practice's page (see `hostPage`), served under `/__host/` with
 * the practice's policy. */
export function serve(root, { policy = false, hosts = new Map(), siteBaseUrl = null } = {}) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (rel.startsWith("/__host/")) {
      const page = hosts.get(rel.slice("/__host/".length));
      if (page === undefined) {
        res.writeHead(404).end("not found");
        return;
      }
      const headers = { "content-type": TYPES[path.extname(rel)] ?? TYPES[".html"], "x-content-type-options": "nosniff" };
      if (policy && siteBaseUrl) headers["content-security-policy"] = hostPolicy(siteBaseUrl);
      res.writeHead(200, headers).end(page);
      return;
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" };
    if (policy) {
      headers["x-content-type-options"] = "nosniff";
      headers["content-security-policy"] = path.extname(file) === ".svg" ? POLICY.svg : rel.startsWith("/embed/") ? POLICY.embed : POLICY.page;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

/** Whether the HTML file is a fragment for other pages (no `<html>` element of its own). */
export function isFragment(file) {
  return !/<html[\s>]/i.test(fs.readFileSync(file, "utf8"));
}

/** Every HTML file under `root`, as paths relative to it, sorted. */
export function htmlFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

/** Options that keep headless Chromium off the network (see the README). */
export function chromiumOptions(userDataDir) {
  return {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    userDataDir,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
    ],
  };
}
