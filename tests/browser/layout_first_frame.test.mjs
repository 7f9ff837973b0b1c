// First impressions: the frames drawn after the sample corpus arrives are laid out before the loop pauses
// (tables with their column widths, the Topics tabs): nothing changes when the page is asked to draw again
// without any input, and the Deals columns are wider than a few characters.
import { checkClean } from "./harness.mjs";
import { idle, openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: first frames laid out without input";

export async function run(t) {
  for (const viewport of [{ width: 1024, height: 700 }, { width: 1440, height: 900 }]) {
    const page = await openSettled(t, viewport);
    const before = await page.locator("#canvas").screenshot();
    const state = await uiState(page);
    await page.evaluate(() => window.entente.wake()); // frames without input: a settled picture stays as it is
    await idle(page);
    const after = await page.locator("#canvas").screenshot();
    t.check(`${viewport.width} px: the picture is settled when the loop pauses`, before.equals(after));
    const deals = view(state, "deals").state;
    const narrow = (deals.columns || []).filter((c) => c.right - c.left < 24);
    t.check(`${viewport.width} px: Deals columns laid out (${(deals.columns || []).length} shown, none narrower than 24 px)`,
      (deals.columns || []).length >= 5 && narrow.length === 0, JSON.stringify(deals.columns));
    checkClean(t, page);
    await page.context().close();
  }
}
