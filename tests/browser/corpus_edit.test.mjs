// The user's corpus (issue 11): dropping a file that is already there skips it with a notice (no duplicate,
// no 1.000 self-match); a new version of a file replaces the old one; a document is removed and the corpus
// cleared from the Corpus panel; a lexicon chip needs two clicks; and every destructive action (replace,
// remove, clear, a lexicon term, closing a panel) is undone by the undo bar's button, Ctrl+Z or entente.undo().
import { checkClean, dropFiles, openPage, readSeeds, settled } from "./harness.mjs";
import { clickMark, probe, waitProbe } from "./canvas_probe.mjs";

export const name = "corpus editing: duplicates, replace, remove, clear, lexicon chips, undo";

const names = (r) => r.documents.map((d) => d.name);
const status = (page) => page.evaluate(() => document.getElementById("status").textContent);

async function corpusChecks(t, page, seeds) {
  const n = seeds.length;
  // The same file again: skipped, with a notice.
  await dropFiles(page, "#canvas", [seeds[0]]);
  let r = await settled(page);
  t.check("re-dropping a file adds no document", r.documents.length === n, JSON.stringify(names(r)));
  t.check("no document matches itself (no 1.000 pair)", r.overlap.pairs.every((p) => p.score < 1),
    JSON.stringify(r.overlap.pairs.map((p) => p.score)));
  t.check("the status line says the file was skipped", /already in the corpus: skipped/.test(await status(page)),
    await status(page));
  // The same text under another name: skipped too.
  await dropFiles(page, "#canvas", [{ name: "copy of " + seeds[2].name, bytes: seeds[2].bytes }]);
  r = await settled(page);
  t.check("the same text under another name is skipped", r.documents.length === n &&
    /same text as/.test(await status(page)), await status(page));

  // A new version of a file: replaces the old one in place; undo puts the old one back.
  const longer = Buffer.concat([seeds[1].bytes, Buffer.from("\nA closing sentence the tester wrote about trade talks.\n")]);
  await dropFiles(page, "#canvas", [{ name: seeds[1].name, bytes: longer }]);
  r = await settled(page);
  t.check("a new version replaces the file in place", r.documents.length === n && r.documents[1].name === seeds[1].name &&
    r.documents[1].bytes === longer.length, JSON.stringify(r.documents.map((d) => [d.name, d.bytes])));
  t.check("the status line says it was replaced", /replaced by the new version/.test(await status(page)), await status(page));
  const undone = await page.evaluate(() => window.entente.undo());
  r = await settled(page);
  t.check("entente.undo() restores the old version", /Replaced/.test(undone) && r.documents[1].bytes === seeds[1].bytes.length,
    undone + " " + r.documents[1].bytes);
}

async function removeAndClear(t, page, seeds) {
  const n = seeds.length;
  // Select the first row, then "Remove".
  await clickMark(page, "corpus:row0");
  const selected = await waitProbe(page, (p) => p.doc >= 0, "a selected document");
  await clickMark(page, "corpus:remove");
  await waitProbe(page, (p) => /^Removed /.test(p.undo), "the undo entry for the removal");
  let r = await settled(page);
  const removed = seeds[selected.doc].name;
  t.check("Remove takes the selected document out", r.documents.length === n - 1 && !names(r).includes(removed),
    JSON.stringify(names(r)));
  const bar = await probe(page);
  t.check("the undo bar offers to undo it", bar.undo === "Removed " + removed && bar.marks.undo, JSON.stringify(bar.undo));
  // Ctrl+Z on the canvas puts it back, in its place.
  await page.focus("#canvas");
  await page.keyboard.press("Control+z");
  await waitProbe(page, (p) => /^Undone: Removed/.test(p.notice), "the undo notice");
  r = await settled(page);
  t.check("Ctrl+Z restores the removed document in its place",
    JSON.stringify(names(r)) === JSON.stringify(seeds.map((s) => s.name)), JSON.stringify(names(r)));

  // Clear corpus, then the undo bar's button.
  await clickMark(page, "corpus:clear");
  await waitProbe(page, (p) => /^Cleared the corpus/.test(p.undo), "the undo entry for clearing");
  r = await settled(page);
  t.check("Clear corpus removes every document", r.documents.length === 0, JSON.stringify(names(r)));
  await clickMark(page, "undo");
  await waitProbe(page, (p) => /^Undone: Cleared/.test(p.notice), "the undo notice after clearing");
  r = await settled(page);
  t.check("the undo bar's Undo brings the whole corpus back", r.documents.length === n, JSON.stringify(names(r)));

  // The API removes by index.
  r = await page.evaluate(() => window.entente.removeDocuments([0, 1]));
  t.check("entente.removeDocuments removes by index", r.documents.length === n - 2 &&
    r.documents[0].name === seeds[2].name, JSON.stringify(names(r)));
  await page.evaluate(() => window.entente.undo());
  r = await settled(page);
  t.check("and entente.undo() brings them back", r.documents.length === n);
}

async function chipsAndPanels(t, page) {
  await clickMark(page, "topics:lexicon-tab");
  const before = await page.evaluate(() => window.entente.lexicon().topics[0]);
  const term = before.terms[0];
  await clickMark(page, "lexicon:chip0");
  await page.evaluate(() => window.entente.wake());
  await page.waitForTimeout(500);
  const once = await page.evaluate(() => window.entente.lexicon().topics[0].terms);
  t.check("one click on a lexicon chip does not remove the term", once.includes(term), JSON.stringify(once));
  await clickMark(page, "lexicon:chip0");
  const removed = await waitProbe(page, (p) => /^Removed the term/.test(p.undo), "the term removal's undo entry");
  const twice = await page.evaluate(() => window.entente.lexicon().topics[0].terms);
  t.check("a second click removes it, and Undo names it", !twice.includes(term) &&
    removed.undo === "Removed the term " + term + " from " + before.label, removed.undo);
  await page.focus("#canvas");
  await page.keyboard.press("Control+z");
  await waitProbe(page, (p) => /^Undone: Removed the term/.test(p.notice), "the term's undo");
  await settled(page);
  const back = await page.evaluate(() => window.entente.lexicon().topics[0].terms);
  t.check("Ctrl+Z puts the term back", JSON.stringify(back) === JSON.stringify(before.terms), JSON.stringify(back));

  // Removing a topic (one button) is undone too.
  const topics = await page.evaluate(() => window.entente.lexicon().topics.map((x) => x.id));
  await clickMark(page, "lexicon:remove-topic");
  const gone = await waitProbe(page, (p) => /^Removed the topic/.test(p.undo), "the topic removal's undo entry");
  const fewer = await page.evaluate(() => window.entente.lexicon().topics.map((x) => x.id));
  t.check("Remove topic removes it", fewer.length === topics.length - 1, gone.undo);
  await clickMark(page, "undo");
  await waitProbe(page, (p) => /^Undone: Removed the topic/.test(p.notice), "the topic's undo");
  const restored = await page.evaluate(() => window.entente.lexicon().topics.map((x) => x.id));
  t.check("Undo puts the topic back in its place", JSON.stringify(restored) === JSON.stringify(topics), JSON.stringify(restored));

  // Closing a panel with its close box is undone too.
  await clickMark(page, "close:deals");
  const closed = await waitProbe(page, (p) => /^Closed the Deals panel/.test(p.undo), "the close's undo entry");
  const open = async () => page.evaluate(() => window.entente.views().find((v) => v.id === "deals").open);
  t.check("the close box closes the panel", (await open()) === false, closed.undo);
  await clickMark(page, "undo");
  await waitProbe(page, (p) => /^Undone: Closed/.test(p.notice), "the panel's undo");
  t.check("Undo opens it again", (await open()) === true);
}

export async function run(t) {
  const { seeds } = await readSeeds(t);
  const page = await openPage(t, "/?nosamples&nosaved", { viewport: { width: 1440, height: 900 } });
  await settled(page);
  await dropFiles(page, "#canvas", seeds);
  const r = await settled(page);
  t.check("the seeds are loaded", r.documents.length === seeds.length);
  await corpusChecks(t, page, seeds);
  await removeAndClear(t, page, seeds);
  await chipsAndPanels(t, page);
  checkClean(t, page);
  await page.context().close();
}
