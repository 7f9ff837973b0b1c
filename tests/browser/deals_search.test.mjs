// The Deals panel's search box, typed as a person types: after every keystroke the panel shows exactly the
// deals whose item, parties, value text, evidence or kind contain the text (case-insensitive); typing on
// narrows the last rows, Backspace widens them again and an emptied box shows every deal. The rows change in
// the frame that takes the keystroke, not one later.
import { checkClean, dropFiles, readSeeds, settled } from "./harness.mjs";
import { clickTextField } from "./canvas_probe.mjs";
import { openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "deals search: each keystroke shows the matching deals";

const CANDIDATES = ["trade", "energy", "military", "defence", "pipeline", "gas", "agreement", "oil", "supply"];

// The text the view searches in a deal (deals_view.cpp haystack), lower-cased like it (ASCII only).
function haystack(d, texts) {
  const parties = (d.parties || []).map((p) => p + ",").join("");
  const evidence = texts[d.doc].subarray(d.evidence.start, d.evidence.end).toString("utf8");
  return [d.item || "", parties, d.value_text || "", evidence, d.kind || ""].join("\n")
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

async function shownRows(page, want, what) {
  const end = Date.now() + 10000;
  let rows = -1;
  while (Date.now() < end) {
    rows = view(await uiState(page), "deals").state.rows;
    if (rows === want) return rows;
    await page.evaluate(() => window.entente.wake());
    await page.waitForTimeout(100);
  }
  return rows;
}

export async function run(t) {
  const { seeds } = await readSeeds(t);
  const page = await openSettled(t, { width: 1280, height: 900 });
  await dropFiles(page, "#canvas", seeds);
  const result = await settled(page);
  const docs = seeds.map((s) => s.bytes);
  const texts = result.deals.map((d) => haystack(d, docs));
  const count = (needle) => texts.filter((h) => h.includes(needle)).length;
  // The word whose prefixes narrow the rows most often (each keystroke then changes what is shown), found in
  // some deals, and with fewer deals than its prefix without the last two letters (Backspace then widens).
  const steps = (w) => new Set(Array.from(w, (_, k) => count(w.slice(0, k + 1)))).size;
  const word = CANDIDATES.filter((w) => count(w) > 0 && count(w.slice(0, -2)) > count(w))
    .sort((a, b) => steps(b) - steps(a))[0];
  t.check("the seeds have deals and a word found in some of them", !!word, JSON.stringify(CANDIDATES.map(count)));
  if (!word) return;
  await page.evaluate(() => window.entente.setPanels(["deals"], false));
  t.check(`every deal shown before a search (${texts.length})`,
    (await shownRows(page, texts.length)) === texts.length);

  const field = await clickTextField(page, "deals:search");
  t.check("a click on the search box puts the cursor in it and the keyboard on the canvas", field.ok, JSON.stringify(field));
  const late = [];  // keystrokes whose rows were not shown by the frame that took them
  for (let k = 1; k <= word.length; ++k) {
    await page.keyboard.type(word[k - 1]);
    const want = count(word.slice(0, k));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    const first = view(await uiState(page), "deals").state.rows;
    if (first !== want) late.push(`${word.slice(0, k)}: ${first} of ${want}`);
    const rows = await shownRows(page, want);
    t.check(`"${word.slice(0, k)}": ${want} deals shown`, rows === want, String(rows));
  }
  t.check("each keystroke's rows are shown in the frame that takes it", late.length === 0, late.join(", "));
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  const shorter = word.slice(0, word.length - 2);
  const wider = await shownRows(page, count(shorter));
  t.check(`Backspace widens again ("${shorter}": ${count(shorter)} deals)`, wider === count(shorter), String(wider));
  for (let k = 0; k < shorter.length; ++k) await page.keyboard.press("Backspace");
  t.check("an emptied box shows every deal", (await shownRows(page, texts.length)) === texts.length);
  checkClean(t, page);
  await page.context().close();
}
