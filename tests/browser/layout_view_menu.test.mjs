// The View menu: a closed panel is reopened from it, and "Reset layout" opens every panel at its default
// place. Clicks go to the canvas at the positions the app reports for its menu items.
import { checkClean } from "./harness.mjs";
import { barItem, clickRect, idle, openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: View menu reopens panels, Reset layout";

async function openMenu(page) {
  const view = barItem(await uiState(page), "View");
  await clickRect(page, view.rect);
  await idle(page);
  return uiState(page);
}

export async function run(t) {
  const page = await openSettled(t, { width: 1440, height: 900 });
  const initial = await uiState(page);
  t.check("a View button above the panels", !!barItem(initial, "View"));
  const ids = initial.views.map((v) => v.id);

  await page.evaluate(() => window.entente.setViewOpen("deals", false)); // as its close button does
  await idle(page);
  let state = await openMenu(page);
  const missing = ids.filter((id) => !barItem(state, "menu:" + id));
  t.check("the menu lists every panel", missing.length === 0, "missing " + missing.join(", "));
  t.check("the menu has Reset layout", !!barItem(state, "menu:reset"));
  await clickRect(page, barItem(state, "menu:deals").rect);
  await idle(page);
  state = await uiState(page);
  t.check("clicking Deals in the menu reopens the closed panel", view(state, "deals").open && view(state, "deals").shown);

  await page.evaluate(() => { window.entente.setViewOpen("topics", false); window.entente.setViewOpen("heatmap", false); });
  await idle(page);
  state = await openMenu(page);
  await clickRect(page, barItem(state, "menu:reset").rect);
  await idle(page);
  state = await uiState(page);
  t.check("Reset layout opens every panel", state.views.every((v) => v.open && v.shown));
  const moved = state.views.filter((v) => v.rect.some((x, i) => Math.abs(x - view(initial, v.id).rect[i]) > 1));
  t.check("and puts each at its default place", moved.length === 0, moved.map((v) => v.id).join(", "));
  checkClean(t, page);
  await page.context().close();
}
