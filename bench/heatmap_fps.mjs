// Heatmap frame rate with a large corpus (issue 5: smooth with 1,000 documents). A benchmark, not a test:
// loads N generated documents into the page, shows the Overlap Heatmap, moves the mouse over it for a few
// seconds and prints frame intervals. Headless Chromium draws with SwiftShader (software GL), so this is a
// floor for what a GPU gives.
//   node bench/heatmap_fps.mjs build/web build/bench/corpus_1000 [seconds]
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchBrowser, openPage, settled, startServer } from "../tests/browser/harness.mjs";

const [webDir, corpusDir, seconds = "4"] = process.argv.slice(2);
if (!webDir || !corpusDir) {
  console.error("usage: node bench/heatmap_fps.mjs WEB_DIR CORPUS_DIR [SECONDS]");
  process.exit(2);
}
const names = (await readdir(corpusDir)).filter((n) => n.endsWith(".txt")).sort();
const files = await Promise.all(names.map(async (n) => ({ name: n, bytes: new Uint8Array(await readFile(join(corpusDir, n))) })));
const { server, origin } = await startServer(webDir);
const browser = await launchBrowser();
try {
  const page = await openPage({ browser, origin }, "/?nosamples", { viewport: { width: 1280, height: 900 } });
  await page.waitForFunction(() => window.entente && window.entente.ready, null, { timeout: 60000 });
  const t0 = Date.now();
  await page.evaluate(async (fs) => {
    await window.entente.ready;
    await window.entente.load(fs.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })));
  }, files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) })));
  const result = await settled(page, 600000);
  const loadS = (Date.now() - t0) / 1000;
  await page.evaluate(() => window.entente.setPanels(["heatmap"], false));
  const box = await page.locator("#canvas").boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (ts) => { window.__frames.push(ts); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const end = Date.now() + Number(seconds) * 1000;
  let i = 0;
  while (Date.now() < end) {
    const x = box.x + box.width * (0.2 + 0.6 * ((i * 37) % 100) / 100);
    const y = box.y + box.height * (0.2 + 0.6 * ((i * 53) % 100) / 100);
    await page.mouse.move(x, y);
    ++i;
  }
  const frames = await page.evaluate(() => window.__frames);
  const gaps = frames.slice(1).map((t, k) => t - frames[k]).sort((a, b) => a - b);
  const pct = (p) => gaps[Math.min(gaps.length - 1, Math.floor(p * gaps.length))] || 0;
  const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
  console.log(`heatmap: ${result.documents.length} documents, ${result.overlap.pairs.length} pairs, load+analysis ${loadS.toFixed(1)} s`);
  console.log(`frames while hovering: ${gaps.length}, mean ${mean.toFixed(1)} ms (${(1000 / mean).toFixed(0)} fps), ` +
    `median ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms`);
  console.log(`BENCH heatmap ${result.documents.length} docs: fps while hovering (SwiftShader) | - | ${(1000 / mean).toFixed(0)}`);
} finally {
  await browser.close();
  server.close();
}
