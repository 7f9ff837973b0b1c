// Scale (issue 10): a 1,000-document load (bench/gen_corpus.py, seed 7) runs in the worker while the UI thread
// keeps drawing (requestAnimationFrame gaps asserted loosely, < 1,000 ms: one frame in software GL alone takes up to
// ~350 ms on a busy 2-core machine, and the freezes this replaced were 4.9 s); a new
// drop clears the old corpus at once; sections show up one by one; Cancel ends the load; the Table view pages
// long tables. Timings beyond the loose bound are reported, not asserted (bench/page_load.mjs measures them).
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkClean, openPage, readSeeds, settled } from "./harness.mjs";

export const name = "scale: 1,000 documents in the worker, old corpus cleared, cancel, paged tables";

const WATCH_MS = 25000; // the load is watched this long at most, then cancelled (keeps the test short)

async function generate(t, n) {
  const dir = await mkdtemp(join(tmpdir(), "entente-scale-"));
  execFileSync("python3", [join(t.repoDir, "bench/gen_corpus.py"), "--n", String(n), "--out", dir, "--reuse", "0.1",
    "--seed", "7"]);
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  const files = await Promise.all(names.map(async (f) => ({ name: f, b64: (await readFile(join(dir, f))).toString("base64") })));
  await rm(dir, { recursive: true, force: true });
  return files;
}

export async function run(t) {
  const page = await openPage(t, "/?nosamples");
  await settled(page);
  const { seeds } = await readSeeds(t);
  // As the sample corpus is on opening: the drop below replaces it.
  const first = await page.evaluate((list) => window.entente.load(list.map((s) => ({ name: s.name,
    bytes: Uint8Array.from(atob(s.b64), (c) => c.charCodeAt(0)) })), { origin: "samples" }), seeds.map((s) => ({ name: s.name,
    b64: Buffer.from(s.bytes).toString("base64") })));
  t.check("the seeds are shown first", first.documents.length === seeds.length);

  // The heatmap and side by side are closed while the load is watched: the heatmap's own frame time with 1,000
  // documents is the other half of issue 10 (drawn as a texture) and is measured by bench/heatmap_fps.mjs.
  await page.evaluate(() => window.entente.setPanels(["corpus", "topics", "discovered", "deals"], false));
  const corpus = await generate(t, 1000);
  await page.evaluate((files) => { window.__corpus = files; }, corpus);
  const run = await page.evaluate(async (watchMs) => {
    const e = window.entente;
    const files = window.__corpus.map((f) => new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    window.__corpus = null;
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    const frames = [];
    let watching = true;
    const tick = (ts) => { frames.push(ts); if (watching) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    const sections = [];
    e.on("section", (name) => sections.push([name, Math.round(performance.now() - t0)]));
    const longTasks = [];
    const observer = new PerformanceObserver((l) => {
      for (const x of l.getEntries()) if (x.duration > 300) longTasks.push([Math.round(x.startTime - t0), Math.round(x.duration)]);
    });
    observer.observe({ entryTypes: ["longtask"] });
    const done = new Promise((r) => e.on("done", r));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    const atDrop = e.loadState();
    const mirrorAtDrop = document.getElementById("mirror").textContent;
    const finished = await Promise.race([done.then(() => true), new Promise((r) => setTimeout(() => r(false), watchMs))]);
    const during = e.loadState();
    const shownDuring = during.documents;
    watching = false;
    const gaps = frames.slice(1).map((ts, k) => ts - frames[k]);
    if (!finished) e.cancel();
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return { longTasks, atDrop, mirrorAtDrop, finished, shownDuring, sections, frames: frames.length, maxGap: Math.max(0, ...gaps),
      watchedMs: performance.now() - t0, after: e.loadState(), docsAfter: e.result().documents };
  }, WATCH_MS);
  t.check("a new drop clears the old corpus at once", run.atDrop.busy && run.atDrop.documents === 0, JSON.stringify(run.atDrop));
  t.check("the mirror no longer lists the old corpus", !seeds.some((s) => run.mirrorAtDrop.includes(s.name)));
  t.check("documents are shown before the load ends", run.sections.some(([n]) => n === "documents") && run.shownDuring === 1000,
    `${run.shownDuring} shown; sections ${JSON.stringify(run.sections.slice(0, 6))}`);
  const order = run.sections.map(([n]) => n).filter((n) => n !== "discovered");
  const expected = ["reset", "documents", "topics", "deals", "overlap", "topics"];
  t.check("sections arrive in stage order", order.every((n, i) => n === expected[i]), JSON.stringify(order));
  t.check(`the UI thread keeps drawing (${run.frames} frames, largest gap ${run.maxGap.toFixed(0)} ms < 1000 ms)`,
    run.frames > 10 && run.maxGap < 1000,
    `${run.frames} frames in ${run.watchedMs.toFixed(0)} ms; tasks over 300 ms (start, ms): ${JSON.stringify(run.longTasks)}`);
  t.note(`1,000 documents: sections at ${run.sections.map(([n, ms]) => n + " " + ms + " ms").join(", ")}; ` +
    (run.finished ? "complete" : `cancelled after ${WATCH_MS / 1000} s`));
  if (!run.finished) {
    t.check("Cancel ends the load and clears it", !run.after.busy && run.after.documents === 0 && run.docsAfter.length === 0,
      JSON.stringify(run.after));
  }

  // After a cancel (the worker was restarted) a new load works; the Table view pages a long table.
  const many = Array.from({ length: 250 }, (_, i) => ({ name: `d${String(i).padStart(3, "0")}.txt`,
    text: `Document ${i}: India and Japan signed a rail agreement worth $${i + 1} million in 2020.` }));
  const paged = await page.evaluate(async (list) => {
    const e = window.entente;
    const r = await e.load(list.map((d) => ({ name: d.name, bytes: new TextEncoder().encode(d.text) })));
    await e.idle(); // the mirror's tables are in
    document.getElementById("table-view-button").click();
    const docs = document.querySelector('#mirror section[aria-label="Documents"]');
    const rows = () => Array.from(docs.querySelectorAll("tbody tr")).map((tr) => tr.cells[1].textContent);
    const before = rows();
    const next = Array.from(docs.querySelectorAll("nav button")).find((b) => b.textContent === "Next");
    next.click();
    return { docs: r.documents.length, before, after: rows(), label: docs.querySelector("nav span").textContent,
      cells: document.querySelectorAll("#mirror td").length };
  }, many);
  t.check("a load after the cancel analyzes every file", paged.docs === 250, String(paged.docs));
  t.check("the Table view shows 100 documents at a time", paged.before.length === 100 && paged.before[0] === "d000.txt",
    JSON.stringify(paged.before.slice(0, 2)));
  t.check("Next shows the next 100", paged.after.length === 100 && paged.after[0] === "d100.txt" && /101-200 of 250/.test(paged.label),
    paged.label);
  t.note(`mirror cells with 250 documents: ${paged.cells}`);
  checkClean(t, page);
  await page.context().close();
}
