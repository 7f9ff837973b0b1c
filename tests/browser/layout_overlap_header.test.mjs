// The Overlap Heatmap's header counts only pairs that share at least one passage, and its rows and columns
// are labelled (5 documents at 1440 px: the cells are tall enough for names).
import { checkClean, dropFiles, readSeeds, settled } from "./harness.mjs";
import { idle, openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: overlap header counts pairs with passages; labelled grid";

export async function run(t) {
  const { seeds } = await readSeeds(t);
  const page = await openSettled(t, { width: 1440, height: 900 });
  await dropFiles(page, "#canvas", seeds);
  const result = await settled(page);
  await idle(page);
  const pairs = result.overlap.pairs || [];
  const withPassages = pairs.filter((p) => p.passages.length > 0).length;
  t.note(`${pairs.length} pairs scored, ${withPassages} with passages`);
  const s = view(await uiState(page), "heatmap").state;
  t.check(`header counts ${withPassages} pairs with passages (shows ${s.shared_pairs})`, s.shared_pairs === withPassages);
  t.check("rows and columns are labelled", s.labels === true);
  checkClean(t, page);
  await page.context().close();
}
