// One numbering of discovered topics: the Discovered Topics panel shows the numbers the CSV exports use
// (the Table view's discovered topics and the core's CSV both count from 0, like documents).
import { checkClean } from "./harness.mjs";
import { openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: discovered topics numbered alike in the panel and the CSV";

export async function run(t) {
  const page = await openSettled(t, { width: 1440, height: 900 });
  const shown = view(await uiState(page), "discovered").state.numbers || [];
  const csv = await page.evaluate(() => {
    const tables = window.EntenteTables.build(window.entente.result());
    return tables.discovered_topics.rows.map((r) => r.topic);
  });
  t.check(`the panel shows the topics (${shown.length})`, shown.length > 0 && shown.length === csv.length,
    `${shown.length} vs ${csv.length}`);
  t.check(`the same numbers as the CSV (${shown.slice(0, 3).join(",")}... vs ${csv.slice(0, 3).join(",")}...)`,
    JSON.stringify(shown) === JSON.stringify(csv));
  checkClean(t, page);
  await page.context().close();
}
