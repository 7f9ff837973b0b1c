// Shared pieces of the browser tests: a static server for build/web, Debian's chromium through
// playwright-core, pages that record stray network requests and script errors, and small helpers.
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".ttf": "font/ttf",
};

// Serves `root` on 127.0.0.1 on a free port. extraRoutes: {"/path": (req, res) => ...} for test pages.
export async function startServer(root, extraRoutes = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (extraRoutes[url.pathname]) return extraRoutes[url.pathname](req, res, url);
    let decoded;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      return res.writeHead(400, { "content-type": "text/plain" }).end("bad escape in the path");
    }
    let path = normalize(join(base, decoded));
    if (!path.startsWith(base)) return res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      res.writeHead(200, { "content-type": MIME[extname(path)] || "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
      "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

// A new page that records every request outside `allowedOrigins` and every script error.
export async function openPage(ctx, path, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
  allowedOrigins = [] } = {}) {
  const context = await ctx.browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const allowed = [ctx.origin, ...allowedOrigins];
  page.strayRequests = [];
  page.scriptErrors = [];
  page.on("request", (r) => {
    const url = r.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (!allowed.some((o) => url.startsWith(o + "/"))) page.strayRequests.push(url);
  });
  page.on("pageerror", (e) => page.scriptErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") page.scriptErrors.push(m.text());
  });
  if (path !== null) await page.goto(ctx.origin + path);
  return page;
}

// Fails the test when the page made requests to other origins or logged script errors.
export function checkClean(t, page) {
  t.check("no request outside the local server", page.strayRequests.length === 0, page.strayRequests.join(", "));
  t.check("no script errors", page.scriptErrors.length === 0, page.scriptErrors.join(" | "));
}

// Drops files onto `selector` with a real drop event carrying a DataTransfer built in the page.
export async function dropFiles(page, selector, files) {
  const payload = files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString("base64") }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: "text/plain" }));
    }
    return dt;
  }, payload);
  for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent(selector, type, { dataTransfer });
}

// Counts distinct colours of a PNG (decoded by the browser, in a blank page with no policy).
export async function countColours(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const blob = await (await fetch("data:image/png;base64," + b64)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext("2d");
      g.drawImage(bitmap, 0, 0);
      const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

// Finds the Overlap Heatmap's grid in a PNG of its panel (decoded by the browser in a blank page): pixels of
// the heat ramp, below the legend (the first band of rows holding ramp colours). Returns { left, right, top,
// bottom, columns: distinct grid columns holding a heat pixel, bright: [x, y] of the brightest heat pixel
// (ties: the lowest, then the leftmost) or null }.
export async function heatmapPixels(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const blob = await (await fetch("data:image/png;base64," + b64)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext("2d");
      g.drawImage(bitmap, 0, 0);
      const { width, height, data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
      const stops = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
      const ramp = [];
      for (let i = 0; i <= 256; ++i) {
        const t = (i / 256) * 4, k = Math.min(Math.floor(t), 3), f = t - k;
        ramp.push(stops[k].map((c, j) => c + (stops[k + 1][j] - c) * f));
      }
      const heat = (i) => ramp.findIndex((c) => Math.abs(c[0] - data[i]) + Math.abs(c[1] - data[i + 1]) +
        Math.abs(c[2] - data[i + 2]) <= 6);
      const rows = [];
      for (let y = 0; y < height; ++y) {
        let any = false;
        for (let x = 0; x < width && !any; ++x) any = heat((y * width + x) * 4) >= 0;
        rows.push(any);
      }
      let y = rows.indexOf(true);
      while (y >= 0 && y < height && rows[y]) ++y;  // skip the legend band
      const cols = new Set();
      let left = width, right = -1, top = height, bottom = -1, bright = null, best = -1;
      for (; y >= 0 && y < height; ++y) {
        for (let x = 0; x < width; ++x) {
          const h = heat((y * width + x) * 4);
          if (h < 0) continue;
          cols.add(x);
          left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
          if (h > best || (h === best && bright && y > bright[1])) { best = h; bright = [x, y]; }
        }
      }
      return { left, right, top, bottom, columns: cols.size, bright };
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

// A PNG of one panel (window.entente.exports.capturePng), as a Buffer.
export async function panelPng(page, id) {
  const png = await page.evaluate(async (view) => {
    const blob = await window.entente.exports.capturePng(view);
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, id);
  return Buffer.from(png);
}

// Waits until the page's analysis has settled and returns entente.result().
export async function settled(page, timeout = 60000) {
  await page.waitForFunction(() => window.entente && window.entente.ready, null, { timeout });
  return page.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
}

// The seed files in name order: { names, seeds: [{name, bytes}] }.
export async function readSeeds(t) {
  const names = (await readdir(t.seedsDir)).filter((n) => !n.startsWith(".")).sort();
  const seeds = await Promise.all(names.map(async (n) => ({ name: n, bytes: await readFile(join(t.seedsDir, n)) })));
  return { names, seeds };
}

// Parses RFC 4180 CSV into arrays of strings.
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r") continue;
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  return rows;
}
