// The Deals panel's "Group across documents": on, the table lists one line per group of reports of the same
// deal (a group of one shows its deal, a bigger one a header to expand); off, every deal again. Groups are
// built only while the box is ticked (deals_view.cpp regroup), so this is where they are checked.
import { checkClean, dropFiles, readSeeds, settled } from "./harness.mjs";
import { clickMark } from "./canvas_probe.mjs";
import { openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "deals grouped: a line per group of reports, and back";

// The Deals panel's state once `test` holds for it (waking the page between looks), or the last one seen.
async function dealsState(page, test) {
  const end = Date.now() + 10000;
  let state = null;
  while (Date.now() < end) {
    state = view(await uiState(page), "deals").state;
    if (test(state)) return state;
    await page.evaluate(() => window.entente.wake());
    await page.waitForTimeout(100);
  }
  return state;
}

export async function run(t) {
  const { seeds } = await readSeeds(t);
  const page = await openSettled(t, { width: 1280, height: 900 });
  await dropFiles(page, "#canvas", seeds);
  const result = await settled(page);
  const deals = result.deals.length;
  const groups = new Set(result.deals.map((d) => d.group)).size;
  t.check(`the seeds' deals fall in fewer groups than deals (${groups} of ${deals})`, groups > 0 && groups < deals);
  await page.evaluate(() => window.entente.setPanels(["deals"], false));
  let state = await dealsState(page, (s) => s.rows === deals);
  t.check("ungrouped: every deal a line, no groups built", state.rows === deals && !state.grouped &&
    state.group_lines === 0, JSON.stringify(state));
  await clickMark(page, "deals:group");
  state = await dealsState(page, (s) => s.grouped);
  t.check(`grouped: a line per group (${groups})`, state.grouped && state.group_lines === groups,
    JSON.stringify({ grouped: state.grouped, lines: state.group_lines }));
  await clickMark(page, "deals:group");
  state = await dealsState(page, (s) => !s.grouped);
  t.check("unticked: every deal again", !state.grouped && state.rows === deals && state.group_lines === 0,
    JSON.stringify(state));
  checkClean(t, page);
  await page.context().close();
}
