// The Overlap Heatmap at scale: 300 generated documents (each shares a long passage with one neighbour and a
// shorter one with the other, so every column of the grid holds pairs). The grid is one texture: every pixel
// column of it shows a pair (the old per-cell drawing lost three quarters of its columns past 65,536
// vertices), and a click on the brightest off-diagonal cell opens the side-by-side view on that pair.
import { checkClean, countColours, heatmapPixels, openPage, panelPng, settled } from "./harness.mjs";

export const name = "heatmap: 300 documents, every column drawn, a click opens side by side";

const N = 300;

// Deterministic pseudo-words and sentences (xorshift), so the corpus is the same on every run.
function corpus() {
  let state = 2463534242;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  const syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "di", "sun", "pe", "ral", "gor", "te", "shi", "nu", "bel"];
  const word = () => Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join("");
  const sentence = () => {
    const w = Array.from({ length: 12 }, word);
    return w[0][0].toUpperCase() + w.join(" ").slice(1) + ".";
  };
  const own = Array.from({ length: N }, () => Array.from({ length: 8 }, sentence));
  return own.map((sentences, d) => {
    const parts = [...sentences];
    if (d % 2 === 1) parts.splice(2, 0, ...own[d - 1].slice(0, 5));  // long passage from the left neighbour
    if (d % 2 === 0 && d > 0) parts.splice(4, 0, own[d - 1][7]);     // short passage from the other one
    return { name: `doc_${String(d).padStart(3, "0")}.txt`, text: parts.join(" ") };
  });
}

export async function run(t) {
  const docs = corpus();
  const page = await openPage(t, "/?nosamples", { viewport: { width: 1280, height: 900 } });
  await settled(page);
  await page.evaluate(async (list) => {
    await window.entente.load(list.map((d) => ({ name: d.name, bytes: new TextEncoder().encode(d.text) })));
  }, docs);
  const result = await settled(page, 240000);
  const pairs = (result.overlap && result.overlap.pairs) || [];
  const partners = new Set(pairs.flatMap((p) => [p.a, p.b]));
  t.check(`every document is in a listed pair (${partners.size} of ${N})`, partners.size === N);

  await page.evaluate(() => window.entente.setPanels(["heatmap", "side_by_side"], false));
  await page.waitForTimeout(500);
  const empty = await countColours(t.browser, await panelPng(page, "side_by_side"));  // no pair chosen yet
  await page.evaluate(() => window.entente.setPanels(["heatmap"], false));
  await page.waitForTimeout(800);
  const views = await page.evaluate(() => window.entente.views());
  const heatmap = views.find((v) => v.id === "heatmap");
  t.check("side by side starts closed", !views.some((v) => v.id === "side_by_side" && v.open));
  const grid = await heatmapPixels(t.browser, await panelPng(page, "heatmap"));
  const width = grid.right - grid.left + 1;
  t.check(`the grid is at least one pixel per document (${width} px for ${N})`, width >= N);
  t.check(`every column of the grid shows a pair (${grid.columns} of ${width})`, grid.columns === width);
  t.check("a bright cell is drawn", !!grid.bright);
  if (!grid.bright) return;

  // Off the diagonal by construction (no document pairs with itself); click its pixel centre.
  const box = await (await page.$("#canvas")).boundingBox();
  const [x, y] = heatmap.rect;
  await page.mouse.click(box.x + x + grid.bright[0] + 0.5, box.y + y + grid.bright[1] + 0.5);
  await page.waitForTimeout(800);
  const after = await page.evaluate(() => window.entente.views());
  t.check("the click opens the side-by-side view", after.some((v) => v.id === "side_by_side" && v.open));
  const colours = await countColours(t.browser, await panelPng(page, "side_by_side"));
  t.check(`side by side shows a pair with highlighted passages (${empty} -> ${colours} colours)`,
    colours > empty + 20);
  checkClean(t, page);
}
