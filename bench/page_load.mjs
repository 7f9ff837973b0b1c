// The page with a large corpus (issue 10): loads a folder's .txt files with entente.load and records, on the
// UI thread, every requestAnimationFrame gap until the load is complete, and when each result section arrived.
// A benchmark, not a test: it prints figures and a `BENCH` line for bench/run.sh. Headless Chromium draws with
// SwiftShader (software GL), so frame times are a floor for what a GPU gives. Then it uses the loaded page
// (a deal search, heatmap zooms, a click on the top pair) and times each input to the frame that shows it.
//   node bench/page_load.mjs WEB_DIR CORPUS_DIR [NATIVE_SECONDS]
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { launchBrowser, openPage, startServer } from "../tests/browser/harness.mjs";
import { markCentre } from "../tests/browser/canvas_probe.mjs";

const [webDir, corpusDir, nativeSeconds = ""] = process.argv.slice(2);
if (!webDir || !corpusDir) {
  console.error("usage: node bench/page_load.mjs WEB_DIR CORPUS_DIR [NATIVE_SECONDS]");
  process.exit(2);
}
const names = (await readdir(corpusDir)).filter((n) => n.endsWith(".txt")).sort();
const { server, origin } = await startServer(webDir, {
  "/bench-corpus.bin": async (req, res) => {
    // The corpus as one body: u32 count, then per file u32 name length, name, u32 size, bytes.
    const parts = [];
    const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
    parts.push(u32(names.length));
    for (const n of names) {
      const bytes = await readFile(join(corpusDir, n));
      parts.push(u32(Buffer.byteLength(n)), Buffer.from(n), u32(bytes.length), bytes);
    }
    res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.concat(parts));
  },
});
// Resolves after `n` more frames have been drawn.
function frames(page, n = 2) {
  return page.evaluate((count) => new Promise((resolve) => {
    let k = 0;
    const step = () => (++k >= count ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }), n);
}

// Milliseconds from `act` (an input) to the second frame after it: the frame that shows its effect.
async function timed(page, act) {
  const start = Date.now();
  await act();
  await frames(page);
  return Date.now() - start;
}

// The loaded page as a person uses it (issue 10: "stays usable"): a search typed into the Deals panel (the
// slowest keystroke), three wheel zooms on the heatmap (the slowest), and a click on its top pair until the
// side-by-side view is open. Two frames without input are timed too: what drawing alone costs.
async function usability(page) {
  await page.evaluate(() => window.entente.setPanels(["deals"], false));
  const search = await markCentre(page, "deals:search");
  await page.mouse.click(search.x, search.y);
  await frames(page);
  const idle = await timed(page, async () => {});  // two frames with no input: what drawing alone costs
  let keystroke = 0, filterMs = 0;
  for (const key of "rail") {
    keystroke = Math.max(keystroke, await timed(page, () => page.keyboard.type(key)));
    await frames(page);
    const state = await page.evaluate(() =>
      JSON.parse(window.Module.UTF8ToString(window.Module._entente_ui_state_json())).views.find((v) => v.id === "deals").state);
    filterMs = Math.max(filterMs, state.refilter_ms);
  }
  await page.evaluate(() => window.entente.setPanels(["heatmap"], false));
  const grid = await markCentre(page, "heatmap:grid");
  await page.mouse.move(grid.x + 40, grid.y);
  await frames(page);
  const idleHeatmap = await timed(page, async () => {});
  let zoom = 0;
  for (let k = 0; k < 3; ++k) zoom = Math.max(zoom, await timed(page, () => page.mouse.wheel(0, -120)));
  const pair = await markCentre(page, "heatmap:pair0");
  const start = Date.now();
  await page.mouse.click(pair.x, pair.y);
  await page.waitForFunction(() => window.entente.views().some((v) => v.id === "side_by_side" && v.open), null,
    { timeout: 120000, polling: 20 });
  await frames(page);
  return { idle, idleHeatmap, keystroke, filterMs, zoom, pairClick: Date.now() - start };
}

const browser = await launchBrowser();
try {
  const page = await openPage({ browser, origin }, "/?nosamples", { viewport: { width: 1280, height: 900 } });
  await page.waitForFunction(() => window.entente && window.entente.ready, null, { timeout: 60000 });
  // BENCH_PROFILE=FILE: a CPU profile of the UI thread during the load (Chrome DevTools format), to find
  // what a long task was doing; BENCH_TRACE=FILE: a browser trace of every thread (where a frame gap went:
  // the page's thread waiting on the software GL's readback, the workers, the compositor).
  if (process.env.BENCH_TRACE) {
    await browser.startTracing(page, { path: process.env.BENCH_TRACE,
      categories: ["devtools.timeline", "toplevel", "blink", "gpu", "cc", "viz", "v8"] });
  }
  const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send("Profiler.enable");
    await profiler.send("Profiler.setSamplingInterval", { interval: 200 });
    await profiler.send("Profiler.start");
  }
  const r = await page.evaluate(async (panels) => {
    const e = window.entente;
    await e.ready;
    if (panels) e.setPanels(panels.split(","), false);
    const body = new DataView(await (await fetch("/bench-corpus.bin")).arrayBuffer());
    const files = [];
    let at = 4;
    for (let i = 0, n = body.getUint32(0, true); i < n; ++i) {
      const nameLength = body.getUint32(at, true);
      const name = new TextDecoder().decode(new Uint8Array(body.buffer, at + 4, nameLength));
      at += 4 + nameLength;
      const size = body.getUint32(at, true);
      files.push({ name, bytes: new Uint8Array(body.buffer.slice(at + 4, at + 4 + size)) });
      at += 4 + size;
    }
    const frames = [];
    const tasks = []; // main-thread tasks over 50 ms (longtask entries): the UI thread's own blocking, which a
    // GPU does not hide (a software-GL frame may take 100 ms without any task of ours running long)
    const observer = new PerformanceObserver((list) => { for (const x of list.getEntries()) tasks.push(x.duration); });
    observer.observe({ entryTypes: ["longtask"] });
    let running = true;
    const tick = (ts) => { frames.push(ts); if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const sections = {};
    const t0 = performance.now();
    const onSection = (name) => { if (!(name in sections)) sections[name] = performance.now() - t0; };
    e.on("section", onSection);
    const finished = new Promise((r) => e.on("done", r));
    const loaded = e.load(files, { transfer: true });
    await finished;
    const done = performance.now() - t0;
    running = false;
    observer.disconnect();
    e.off("section", onSection);
    const result = await loaded;
    const gaps = frames.slice(1).map((t, k) => t - frames[k]);
    // The five largest gaps with when they ended (ms after the load began), to set beside the section times.
    const largest = gaps.map((g, k) => [g, frames[k + 1] - t0]).sort((a, b) => b[0] - a[0]).slice(0, 5);
    return { done, sections, frames: frames.length, maxGap: Math.max(0, ...gaps), largest,
      longestTask: Math.max(0, ...tasks), longTasks: tasks.length, docs: result.documents.length,
      deals: result.deals.length, pairs: result.overlap.pairs.length, workerMs: e.lastLoadMs, memory: e.workerMemory,
      memoryBySection: { ...e.workerMemoryBySection },
      resultBytes: e.resultText().length };
  }, process.env.BENCH_PANELS || "");
  if (profiler) {
    const { profile } = await profiler.send("Profiler.stop");
    await writeFile(process.env.BENCH_PROFILE, JSON.stringify(profile));
  }
  if (process.env.BENCH_TRACE) await browser.stopTracing();
  const use = await usability(page);
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(`page load: ${r.docs} documents, ${r.deals} deals, ${r.pairs} pairs, JSON ${(r.resultBytes / 1e6).toFixed(1)} MB`);
  console.log(`complete in ${s(r.done)} s (worker ${s(r.workerMs)} s); sections at ` +
    Object.entries(r.sections).map(([k, v]) => `${k} ${s(v)} s`).join(", "));
  console.log(`frames ${r.frames}, largest requestAnimationFrame gap ${r.maxGap.toFixed(0)} ms; ` +
    `worker wasm memory ${(r.memory / 2 ** 20).toFixed(0)} MB`);
  console.log("worker wasm memory when each section was sent (MB): " +
    Object.entries(r.memoryBySection).map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(0)}`).join(", "));
  console.log(`main-thread tasks over 50 ms: ${r.longTasks}, the longest ${r.longestTask.toFixed(0)} ms`);
  console.log("largest gaps (ms, ending at s): " + r.largest.map(([g, at]) => `${g.toFixed(0)} @ ${s(at)}`).join(", "));
  const ratio = Number(nativeSeconds) > 0 ? ` (${(r.done / 1000 / Number(nativeSeconds)).toFixed(1)}x native)` : "";
  console.log(`BENCH page load ${r.docs} docs, seconds | ${nativeSeconds || "-"} | ${s(r.done)}${ratio}`);
  console.log(`BENCH page load ${r.docs} docs, largest frame gap ms | - | ${r.maxGap.toFixed(0)}`);
  console.log(`BENCH page load ${r.docs} docs, longest UI-thread task ms | - | ${r.longestTask.toFixed(0)}`);
  console.log(`BENCH page load ${r.docs} docs, worker memory MB | - | ${(r.memory / 2 ** 20).toFixed(0)}`);
  console.log(`loaded page: slowest deal-search keystroke ${use.keystroke} ms (filtering ${use.filterMs.toFixed(1)} ms), slowest heatmap zoom ${use.zoom} ms, ` +
    `top-pair click to side by side ${use.pairClick} ms (input to the second frame after it; ` +
    `two frames without input: ${use.idle} ms with the deals, ${use.idleHeatmap} ms with the heatmap)`);
  console.log(`BENCH page ${r.docs} docs, deal search keystroke ms | - | ${use.keystroke}`);
  console.log(`BENCH page ${r.docs} docs, deal search filtering ms | - | ${use.filterMs.toFixed(1)}`);
  console.log(`BENCH page ${r.docs} docs, heatmap zoom ms | - | ${use.zoom}`);
  console.log(`BENCH page ${r.docs} docs, pair click to side by side ms | - | ${use.pairClick}`);
} finally {
  await browser.close();
  server.close();
}
