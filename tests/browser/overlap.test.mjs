// Phrase overlap in the page: after dropping the seeds the result's overlap pairs put 000/001 on top with
// passages at the documents' byte offsets; the heatmap and side-by-side panels are registered; clicking the
// 000/001 cell on the canvas opens the side-by-side view on a passage (highlight colours appear in its image).
import { checkClean, countColours, dropFiles, heatmapPixels, openPage, panelPng, settled, readSeeds } from "./harness.mjs";

export const name = "overlap: heatmap data, click a cell, side by side";

async function panelColours(t, page, id) {
  const png = await page.evaluate(async (view) => {
    const blob = await window.entente.exports.capturePng(view);
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, id);
  return countColours(t.browser, Buffer.from(png));
}

export async function run(t) {
  const { names, seeds } = await readSeeds(t);
  const page = await openPage(t, "/");
  await settled(page);
  await dropFiles(page, "#canvas", seeds);
  const result = await settled(page);
  const pairs = (result.overlap && result.overlap.pairs) || [];
  const top = pairs.reduce((best, p) => (!best || p.score > best.score ? p : best), null);
  t.check("000/001 is the top pair", !!top && top.a === 0 && top.b === 1, JSON.stringify(top && [top.a, top.b]));
  const rest = Math.max(0, ...pairs.filter((p) => p !== top).map((p) => p.score));
  t.check(`top pair scores >= 5x any other (${top && top.score} vs ${rest})`, !!top && top.score >= 5 * rest);
  const texts = seeds.map((s) => s.bytes);
  t.check("passages are the documents' bytes at their offsets", !!top && top.passages.length >= 10 &&
    top.passages.every((s) => s.a_end > s.a_start && s.b_end > s.b_start && s.a_end <= texts[top.a].length &&
      s.b_end <= texts[top.b].length));
  // The contract gives spans as offsets; the page gives their texts (exports, the report) from its documents.
  const shown = await page.evaluate((p) => p.passages.map((s) => window.entente.spanText(p.a, s.a_start, s.a_end)), top);
  t.check("entente.spanText gives each passage's bytes", !!top && shown.every((x, i) =>
    x === texts[top.a].subarray(top.passages[i].a_start, top.passages[i].a_end).toString("utf8") && x.length > 0));

  await page.evaluate(() => window.entente.setPanels(["heatmap", "side_by_side"], false));
  await page.waitForTimeout(500);
  const views = await page.evaluate(() => window.entente.views());
  const heatmap = views.find((v) => v.id === "heatmap");
  t.check("heatmap and side-by-side panels are open", !!heatmap && heatmap.open &&
    views.some((v) => v.id === "side_by_side" && v.open));
  const before = await panelColours(t, page, "side_by_side");

  // 000/001 is the top pair, so its cells are the brightest of the grid: click the centre of one.
  const canvas = await page.$("#canvas");
  const box = await canvas.boundingBox();
  const [x, y] = heatmap.rect;
  const grid = await heatmapPixels(t.browser, await panelPng(page, "heatmap"));
  t.check("the heatmap draws the top pair", !!grid.bright);
  const [bx, by] = grid.bright || [0, 0];
  await page.mouse.click(box.x + x + bx + 0.5, box.y + y + by + 0.5);
  await page.waitForTimeout(500);
  const after = await panelColours(t, page, "side_by_side");
  t.check(`side-by-side shows highlighted passages (${before} -> ${after} colours)`, after > before + 20);
  checkClean(t, page);
}
