// The editable lexicon (issue 3): after dropping the seeds the Topics panel is open and its counts are in
// entente.result(); entente.setLexicon() adds a term and a topic and removes one, and the result, the HTML
// mirror and a load running meanwhile all follow; a bad lexicon is rejected with its line and changes
// nothing; a .json file dropped onto the page becomes the lexicon (a bad one is reported, other files load).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkClean, dropFiles, openPage, settled, readSeeds } from "./harness.mjs";

export const name = "lexicon: setLexicon, bad lexicon, drop a lexicon file";

const BAD_LINE_3 = '{\n  "topics": [\n    {"id": "broken" "terms": ["a"]}\n  ]\n}\n';

// hits[topic][doc] from a result's frequency table (no row: 0).
function hitsByTopic(result) {
  const out = {};
  for (const l of result.topics.lexicon) {
    out[l.id] = {};
    for (const d of result.documents) out[l.id][d.id] = 0;
  }
  for (const f of result.topics.frequencies) out[f.topic][f.doc] = f.hits;
  return out;
}

const mentions = (text, re) => (text.match(re) || []).length;

export async function run(t) {
  const { names, seeds } = await readSeeds(t);
  const texts = seeds.map((s) => s.bytes.toString("utf8"));
  const page = await openPage(t, null);
  // Keeps the analysis worker reachable for the race below (the page's own variable is private).
  await page.addInitScript(() => {
    const Base = window.Worker;
    window.analysisWorkers = [];
    window.Worker = class extends Base {
      constructor(url, options) {
        super(url, options);
        if (String(url).includes("entente_worker")) window.analysisWorkers.push(this);
      }
    };
  });
  await page.goto(t.origin + "/?nosamples");
  await settled(page);

  await dropFiles(page, "#canvas", seeds);
  const r1 = await settled(page);
  const view = await page.evaluate(() => window.entente.views().find((v) => v.id === "topics"));
  t.check("the Topics panel is open and drawn", view && view.open && view.rect[2] > 0 && view.rect[3] > 0, JSON.stringify(view));
  const ids1 = r1.topics.lexicon.map((l) => l.id);
  t.check("default lexicon topics are counted", ["defense", "energy", "trade", "culture", "terrorism"].every((id) => ids1.includes(id)),
    ids1.join(","));
  const rows1 = r1.topics.frequencies;
  t.check("a frequency row per document x topic that occurs, none for an absent one", rows1.every((f) => f.hits > 0) &&
    rows1.length > names.length && rows1.length < ids1.length * names.length, String(rows1.length));
  const before = hitsByTopic(r1);

  // Add "the" to culture, add a topic "pipelines", remove terrorism.
  const lexicon = await page.evaluate(() => window.entente.lexicon());
  t.check("entente.lexicon() is the default lexicon", JSON.stringify(lexicon.topics.map((x) => x.id)) === JSON.stringify(ids1));
  lexicon.topics.find((x) => x.id === "culture").terms.push("the");
  lexicon.topics = lexicon.topics.filter((x) => x.id !== "terrorism");
  lexicon.topics.push({ id: "pipelines", label: "Pipelines", terms: ["pipeline*"] });
  const r2 = await page.evaluate((lex) => window.entente.setLexicon(lex), lexicon);
  const after = hitsByTopic(r2);
  const ids2 = r2.topics.lexicon.map((l) => l.id);
  t.check("setLexicon resolves with the recounted result", JSON.stringify(ids2) === JSON.stringify(lexicon.topics.map((x) => x.id)),
    ids2.join(","));
  t.check("entente.result() is the recounted result", JSON.stringify(await page.evaluate(() => window.entente.result())) === JSON.stringify(r2));
  t.check("the removed topic is gone", !ids2.includes("terrorism") && !("terrorism" in after));
  const expected = texts.map((s) => mentions(s, /\bpipeline/gi) > 0);
  t.check("the new topic has hits exactly in the documents that mention a pipeline",
    names.every((_, d) => (after.pipelines[d] > 0) === expected[d]) && expected.some((x) => x),
    JSON.stringify({ hits: after.pipelines, expected }));
  t.check("the added term raises culture's hits in every document",
    names.every((_, d) => after.culture[d] >= before.culture[d] + Math.min(1, mentions(texts[d], /\bthe\b/gi))) &&
    names.some((_, d) => after.culture[d] > before.culture[d]),
    JSON.stringify({ before: before.culture, after: after.culture }));
  t.check("other topics keep their counts", JSON.stringify(after.defense) === JSON.stringify(before.defense) &&
    JSON.stringify(after.energy) === JSON.stringify(before.energy));
  t.check("documents and deals are unchanged", JSON.stringify(r2.documents) === JSON.stringify(r1.documents) &&
    JSON.stringify(r2.deals) === JSON.stringify(r1.deals));
  // The mirror is rebuilt a table per task after the result: idle() resolves once it is in.
  const mirror = await page.evaluate(() => window.entente.idle().then(() => document.getElementById("mirror").textContent));
  t.check("the HTML mirror shows the new topic", mirror.includes("Pipelines"));

  // The CLI with the same lexicon gives the same answer.
  const cli = join(t.repoDir, "build/native/entente");
  if (existsSync(cli)) {
    const file = join(await mkdtemp(join(tmpdir(), "entente-lexicon-")), "lexicon.json");
    await writeFile(file, JSON.stringify(lexicon, null, 2));
    const out = JSON.parse(execFileSync(cli, ["analyze", "--lexicon", file, ...names.map((n) => join(t.seedsDir, n))],
      { maxBuffer: 1 << 28 }));
    t.check("same topics as the native CLI with --lexicon", JSON.stringify(out.topics) === JSON.stringify(r2.topics));
  } else {
    t.note("native CLI not built: CLI comparison skipped");
  }

  // A bad lexicon: rejected with its line, nothing changes.
  const bad = await page.evaluate(async (text) => {
    const before = { result: window.entente.resultText(), lexicon: JSON.stringify(window.entente.lexicon()) };
    try {
      await window.entente.setLexicon(text);
      return { rejected: false };
    } catch (e) {
      return { rejected: e instanceof Error, message: e.message, same: window.entente.resultText() === before.result &&
        JSON.stringify(window.entente.lexicon()) === before.lexicon };
    }
  }, BAD_LINE_3);
  t.check("a bad lexicon rejects with an Error naming line 3", bad.rejected && /line 3/.test(bad.message), JSON.stringify(bad));
  t.check("a bad lexicon leaves the result and the lexicon as they were", bad.same === true);

  // A load running while the lexicon changes publishes its result with the new lexicon. The text is new (the
  // same text would be skipped) and long enough that the worker's job spans many slices on any machine, so the
  // lexicon message arrives while it runs.
  const longText = (texts[names.length - 1] + "\n").repeat(30) + "A closing line the tester added.\n";
  const during = await page.evaluate(async (one) => {
    const e = window.entente;
    const loaded = e.load([{ name: "extra.txt", bytes: new TextEncoder().encode(one) }], { append: true, origin: "files" });
    await new Promise((r) => setTimeout(r, 0));
    const busy = window.Module._entente_busy() !== 0;
    await e.setLexicon({ energy: ["gas", "oil"], pipelines: ["pipeline*"] });
    const midBusy = e.busy();
    const r = await loaded;
    return { busy, midBusy, docs: r.documents.length, ids: r.topics.lexicon.map((l) => l.id) };
  }, longText);
  // The old corpus is cleared when a load begins, so setLexicon does not wait for the load.
  t.check("setLexicon during a load resolves before the load ends", !during.busy || during.midBusy, JSON.stringify(during));
  t.check("the load's result uses the new lexicon", during.docs === names.length + 1 &&
    JSON.stringify(during.ids) === JSON.stringify(["energy", "pipelines"]), JSON.stringify(during));
  if (!during.busy) t.note("the load had already finished when setLexicon ran");

  // The race of a lexicon sent while the worker finishes a load: the worker's "done" comes before it reads
  // the lexicon (held here until then), recounts and confirms. The load must resolve with the recount.
  const quick = await page.evaluate(async () => {
    const e = window.entente;
    const worker = window.analysisWorkers[window.analysisWorkers.length - 1];
    const post = worker.postMessage.bind(worker);
    let held = null;
    worker.postMessage = (m, transfer) => (m && m.type === "lexicon" ? (held = m) : post(m, transfer));
    worker.addEventListener("message", (ev) => {
      if (ev.data.type !== "done" || !held) return;
      post(held);
      held = null;
      delete worker.postMessage;
    });
    const loaded = e.load([{ name: "quick.txt", bytes: new TextEncoder().encode("Pipeline gas and oil, written by the tester.\n") }],
      { append: true, origin: "files" });
    const lexiconSet = e.setLexicon({ energy: ["gas", "oil"], pipelines: ["pipeline*"], quick: ["tester*"] });
    const r = await loaded;
    await lexiconSet;
    return { ids: r.topics.lexicon.map((l) => l.id), now: e.result().topics.lexicon.map((l) => l.id) };
  });
  t.check("a load whose worker finishes before it reads the new lexicon resolves with the new lexicon",
    JSON.stringify(quick.ids) === '["energy","pipelines","quick"]' && JSON.stringify(quick.now) === JSON.stringify(quick.ids),
    JSON.stringify(quick));

  // Dropping a .json file sets the lexicon; it does not become a document.
  const docsBefore = (await settled(page)).documents.map((d) => d.name);
  const dropped = { topics: [{ id: "pipelines", label: "Pipelines", terms: ["pipeline*"] }, { id: "india", terms: ["india*"] }] };
  await dropFiles(page, "#canvas", [{ name: "my-lexicon.json", bytes: Buffer.from(JSON.stringify(dropped, null, 2)) }]);
  const r3 = await settled(page);
  t.check("a dropped .json file becomes the lexicon", JSON.stringify(r3.topics.lexicon.map((l) => l.id)) === '["pipelines","india"]',
    JSON.stringify(r3.topics.lexicon));
  t.check("the lexicon file is not loaded as a document", JSON.stringify(r3.documents.map((d) => d.name)) === JSON.stringify(docsBefore));
  const status3 = await page.evaluate(() => document.getElementById("status").textContent);
  t.check("the status line says the lexicon was applied", /my-lexicon\.json applied/.test(status3), status3);

  // A bad dropped lexicon is reported in the status line; a text file dropped with it still loads.
  await dropFiles(page, "#canvas", [{ name: "bad.json", bytes: Buffer.from(BAD_LINE_3) }]);
  await settled(page);
  const status4 = await page.evaluate(() => document.getElementById("status").textContent);
  t.check("a bad dropped lexicon shows its error with the line", /bad\.json/.test(status4) && /line 3/.test(status4), status4);
  await dropFiles(page, "#canvas", [{ name: "bad.json", bytes: Buffer.from(BAD_LINE_3) },
    { name: "more.txt", bytes: Buffer.concat([seeds[0].bytes, Buffer.from("\nOne more line the tester added.\n")]) }]);
  const r4 = await settled(page);
  t.check("the other dropped file still loads", r4.documents.length === docsBefore.length + 1 &&
    r4.documents[r4.documents.length - 1].name === "more.txt", JSON.stringify(r4.documents.map((d) => d.name)));
  t.check("the bad lexicon changed nothing", JSON.stringify(r4.topics.lexicon.map((l) => l.id)) === '["pipelines","india"]');

  checkClean(t, page);
  await page.context().close();
}
