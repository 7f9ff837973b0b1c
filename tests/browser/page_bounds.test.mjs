// The main page's boundaries (issue 13): ?src= with a malformed escape, a URL holding a comma and an
// oversized text; dropped files over the limit refused from their size alone (never read) while the others
// load; and a worker whose heap is full: the failure is reported and the page analyzes the next drop.
import { checkClean, openPage, readSeeds, settled } from "./harness.mjs";

export const name = "page bounds: ?src= values, file sizes before reading, full worker heap";

async function srcValues(t, good) {
  const page = await openPage(t, null);
  await page.context().route(t.origin + "/texts/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/texts/a,b.txt") return route.fulfill({ contentType: "text/plain", body: "India and Japan signed a $5 billion deal in 2023." });
    if (path === "/texts/big.txt") return route.fulfill({ contentType: "text/plain", body: Buffer.alloc(21 << 20, 65) });
    return route.fulfill({ status: 404, body: "not found" });
  });
  const pieces = ["texts/bad%ZZname.txt", encodeURIComponent(t.origin + "/texts/a,b.txt"),
    encodeURIComponent(t.origin + "/texts/big.txt"), good];
  await page.goto(t.origin + "/?src=" + pieces.join(","));
  const r = await settled(page);
  const docs = r.documents.map((d) => [d.name, d.error]);
  t.check("?src=: every source is a document, in order", r.documents.length === 4, JSON.stringify(docs));
  if (r.documents.length === 4) {
    const [bad, comma, big, ok] = r.documents;
    t.check("?src=: a malformed escape is one failed document", bad.name === "bad%ZZname.txt" && /HTTP 404/.test(bad.error || ""),
      JSON.stringify(bad));
    t.check("?src=: a URL holding %2C stays whole", comma.name === "a,b.txt" && comma.error === null, JSON.stringify(comma));
    t.check("?src=: an oversized text is refused with the limit", /larger than 20 MB/.test(big.error || ""), big.error);
    t.check("?src=: the good text is analyzed", ok.error === null && ok.tokens > 100);
  }
  page.scriptErrors = page.scriptErrors.filter((e) => !/404/.test(e)); // the expected failed fetch
  checkClean(t, page);
  await page.context().close();
}

// A 3 GB file (3,000 references to one 1 MB blob: little memory) and a small one, read and dropped.
async function fileSizes(t) {
  const page = await openPage(t, "/?nosamples");
  await settled(page);
  const read = await page.evaluate(async () => {
    const mb = new Blob([new Uint8Array(1 << 20).fill(97)]);
    const huge = new File(Array(3000).fill(mb), "huge.txt");
    const small = new File(["India and Japan signed a $5 billion deal in 2023."], "small.txt");
    const started = performance.now();
    const out = await window.entente.readFiles([huge, small]);
    return { ms: performance.now() - started, out: out.map((f) => [f.name, f.error || null, f.bytes ? f.bytes.length : 0]) };
  });
  t.check("a 3 GB file is refused with the per-file limit, unread", read.out[0][1] ===
    "file too large (3000.0 MB; the limit is 20.0 MB per file)" && read.out[0][2] === 0, JSON.stringify(read.out));
  t.check("the small file beside it is read", read.out[1][1] === null && read.out[1][2] > 10);
  t.check(`reading took ${Math.round(read.ms)} ms (the big file was not read)`, read.ms < 5000);

  // The same through a real drop: the big file is listed with the limit, the small one analyzed.
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(Array(25).fill(new Blob([new Uint8Array(1 << 20)])), "big.txt"));
    d.items.add(new File(["Pakistan and Russia agreed a pipeline deal worth $2 billion."], "ok.txt"));
    return d;
  });
  for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent("#canvas", type, { dataTransfer: dt });
  const r = await settled(page);
  const big = r.documents.find((d) => d.name === "big.txt"), ok = r.documents.find((d) => d.name === "ok.txt");
  t.check("dropped: the big file names the per-file limit", big && big.error === "file too large (25.0 MB; the limit is 20.0 MB per file)",
    JSON.stringify(big));
  t.check("dropped: the small file is analyzed", ok && ok.error === null && ok.tokens > 5);
  checkClean(t, page);
  await page.context().close();
}

// The first analysis worker fills its heap as soon as it starts (a script appended to entente_worker.js);
// the workers started after it are the real ones.
async function fullHeap(t) {
  const { seeds } = await readSeeds(t);
  const page = await openPage(t, null);
  let served = 0;
  await page.context().route(t.origin + "/entente_worker.js", async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    if (served++ === 0) {
      body += "\n;(function () { var run = Module.postRun; Module.postRun = function () { run();" +
        " for (var size = 1 << 30; size >= 16;) { if (!_malloc(size)) size >>= 1; } }; })();\n";
    }
    await route.fulfill({ response, body, headers: { ...response.headers(), "content-type": "text/javascript" } });
  });
  await page.goto(t.origin + "/?nosamples");
  await settled(page);
  const failure = page.evaluate(() => new Promise((resolve) => window.entente.on("failure", resolve)));
  await page.setInputFiles("#file-input", [{ name: seeds[0].name, mimeType: "text/plain", buffer: seeds[0].bytes }]);
  const why = await Promise.race([failure, page.waitForTimeout(60000).then(() => null)]);
  t.check("a full worker heap is reported as such", /out of memory/.test(why || "") && /Drop files again/.test(why || ""), why);
  const state = await page.evaluate(() => window.entente.idle().then((r) => ({ docs: (r.documents || []).length, busy: window.entente.busy() })));
  t.check("the page settles after the failure", state.busy === false, JSON.stringify(state));
  await page.setInputFiles("#file-input", seeds.slice(0, 2).map((s) => ({ name: s.name, mimeType: "text/plain", buffer: s.bytes })));
  const r = await settled(page);
  t.check("the next drop is analyzed by a fresh worker", served >= 2 && r.documents.length >= 2 &&
    r.documents.every((d) => d.error === null && d.tokens > 100), JSON.stringify(r.documents.map((d) => [d.name, d.error])));
  page.scriptErrors = page.scriptErrors.filter((e) => !/out of memory/.test(e)); // the worker's reported failure
  checkClean(t, page);
  await page.context().close();
}

export async function run(t) {
  const index = JSON.parse(await (await fetch(t.origin + "/samples/index.json")).text());
  await srcValues(t, "samples/" + index.files[0]);
  await fileSizes(t);
  await fullHeap(t);
}
