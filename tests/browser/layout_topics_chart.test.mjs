// The Topics chart with the seeds dropped: documents named under their bars (every document drawn, or a
// chart that says it scrolls), a few distinct colours at first (the most frequent topics; the rest are picked
// in "Topics: N of M"), and room left for the lines in context.
import { checkClean, dropFiles, readSeeds, settled } from "./harness.mjs";
import { idle, openSettled, uiState, view } from "./layout_helpers.mjs";

export const name = "layout: Topics chart names documents, charts a few topics, leaves room for lines";

export async function run(t) {
  const { names, seeds } = await readSeeds(t);
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
    const page = await openSettled(t, viewport);
    await dropFiles(page, "#canvas", seeds);
    await settled(page);
    await idle(page);
    const s = view(await uiState(page), "topics").state;
    const w = viewport.width;
    t.check(`${w} px: bars labelled with document names`, (s.labels || []).every((l) => names.includes(l)) &&
      (s.labels || []).length > 0, JSON.stringify(s.labels));
    t.check(`${w} px: every document drawn (${(s.labels || []).length} of ${names.length}) or a scroll note`,
      (s.labels || []).length === names.length || s.scroll === true);
    t.check(`${w} px: a few topics charted (${s.charted} of ${s.topics})`, s.charted >= 1 && s.charted <= 8 &&
      s.topics > s.charted);
    const room = w >= 1440 ? 120 : 55; // 1024 x 700: two rows of panels leave the Topics panel ~300 px
    t.check(`${w} px: room for the lines in context (${Math.round(s.kwic_h)} px >= ${room})`, s.kwic_h >= room);
    checkClean(t, page);
    await page.context().close();
  }
}
