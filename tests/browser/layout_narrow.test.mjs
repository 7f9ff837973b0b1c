// Phones (390 x 844): every toolbar button is on screen (Share too), the canvas shows one panel at a time at
// full width with tabs to switch, and the Table view's tables fit the screen's width.
import { checkClean } from "./harness.mjs";
import { barItem, clickRect, idle, openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: phone toolbar, one panel per screen, Table view wraps";

export async function run(t) {
  const vw = 390, vh = 844;
  const page = await openSettled(t, { width: vw, height: vh });
  const off = await page.evaluate(({ vw, vh }) => [...document.querySelectorAll(".toolbar .button")]
    .filter((b) => b.offsetParent !== null)
    .map((b) => [b.id || b.textContent.trim(), b.getBoundingClientRect()])
    .filter(([, r]) => r.left < 0 || r.right > vw + 0.5 || r.top < 0 || r.bottom > vh)
    .map(([n]) => n), { vw, vh });
  t.check("every toolbar button on screen", off.length === 0, off.join(", "));
  t.check("Share / Embed is on screen", await page.locator("#share-button").isVisible() && !off.includes("share-button"));

  let state = await uiState(page);
  const shown = state.views.filter((v) => v.shown);
  t.check(`narrow layout: one panel shown (${shown.map((v) => v.id).join(", ")})`, state.narrow && shown.length === 1);
  t.check("the panel is as wide as the canvas", shown.length === 1 && shown[0].rect[2] >= state.display[2] - 2,
    JSON.stringify(shown[0] && shown[0].rect));
  const tab = barItem(state, "tab:deals");
  t.check("a tab per panel", state.views.every((v) => !!barItem(state, "tab:" + v.id)),
    state.items.map((i) => i.label).join(", "));
  if (tab) {
    await clickRect(page, tab.rect);
    await idle(page);
    state = await uiState(page);
    t.check("a tab click shows that panel alone", view(state, "deals").shown &&
      state.views.filter((v) => v.shown).length === 1);
  }

  await page.click("#table-view-button");
  await page.waitForTimeout(300);
  const wide = await page.evaluate((vw) => [...document.querySelectorAll(".mirror table")]
    .filter((tb) => tb.getBoundingClientRect().right > vw + 0.5).map((tb) => tb.querySelector("caption").textContent), vw);
  t.check("Table view tables fit the screen's width", wide.length === 0, wide.join(", "));
  const overflow = await page.evaluate(() => { const m = document.querySelector(".mirror"); return m.scrollWidth - m.clientWidth; });
  t.check(`Table view has no sideways scroll (${overflow} px)`, overflow <= 1);
  checkClean(t, page);
  await page.context().close();
}
