// The Deals table fits its panel at 1440 and 1024 px with the seeds dropped: parties, item, value, year and
// status are shown inside the panel, the widest value ("~$153 million") is not cut, and the toolbar (filters,
// Copy JSON, "N of M deals") stays within the panel, wrapping onto more lines when needed.
import { checkClean, dropFiles, readSeeds, settled } from "./harness.mjs";
import { idle, openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: the Deals table fits its panel";

const MUST = ["Parties", "Item", "Value", "Year", "Status"];

export async function run(t) {
  const { seeds } = await readSeeds(t);
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
    const page = await openSettled(t, viewport);
    await dropFiles(page, "#canvas", seeds);
    await settled(page);
    await idle(page);
    const s = view(await uiState(page), "deals").state;
    const w = viewport.width;
    const cols = s.columns || [];
    const missing = MUST.filter((n) => !cols.some((c) => c.name === n));
    t.check(`${w} px: ${MUST.join(", ")} shown`, missing.length === 0, "missing " + missing.join(", "));
    const outside = cols.filter((c) => c.right > s.table_right + 3); // + the cell padding
    t.check(`${w} px: every shown column ends inside the panel`, outside.length === 0,
      JSON.stringify({ outside, table_right: s.table_right }));
    const value = cols.find((c) => c.name === "Value");
    t.check(`${w} px: the widest value (${s.value_text_w} px) fits its column`,
      !!value && s.value_text_w > 0 && s.value_text_w <= value.right - value.left, JSON.stringify(value));
    const text = cols.filter((c) => c.name === "Parties" || c.name === "Item").map((c) => c.right - c.left);
    t.check(`${w} px: parties and item at least 60 px wide (${text.map(Math.round).join(", ")})`,
      text.length === 2 && text.every((x) => x >= 60));
    t.check(`${w} px: the toolbar ends inside the panel (${s.toolbar_right} <= ${s.content_right})`,
      s.toolbar_right > 0 && s.toolbar_right <= s.content_right + 1);
    checkClean(t, page);
    await page.context().close();
  }
}
