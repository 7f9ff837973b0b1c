// Screenshots for a person to look at (issue 11, "Done when"): the first open, the seeds dropped, the Deals
// panel, the Side by side panel, the HTML report and the blog example, at 1440x900, 1024x700 and 390x844,
// saved as build/screenshots/<name>-<width>.png. Each must be a real picture (many colours, right width).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { countColours, heatmapPixels, openPage, panelPng, readSeeds, settled } from "./harness.mjs";

export const name = "screenshots: first open, seeds, panels, report, blog at three widths";

const VIEWPORTS = [{ width: 1440, height: 900 }, { width: 1024, height: 700 }, { width: 390, height: 844 }];

// The page's clip of one panel (CSS pixels of the page), or null when the panel is not shown.
async function panelClip(page, id) {
  return page.evaluate((view) => {
    const v = window.entente.views().find((x) => x.id === view && x.open);
    if (!v || v.rect[2] < 1 || v.rect[3] < 1) return null;
    const c = document.getElementById("canvas").getBoundingClientRect();
    const x = Math.max(0, c.left + v.rect[0]), y = Math.max(0, c.top + v.rect[1]);
    const w = Math.min(window.innerWidth - x, v.rect[2]), h = Math.min(window.innerHeight - y, v.rect[3]);
    return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
  }, id);
}

// Clicks the heatmap's brightest cell, so that the Side by side panel shows that pair.
async function openBrightestPair(page, t) {
  const heat = await page.evaluate(() => window.entente.views().find((v) => v.id === "heatmap" && v.open));
  if (!heat) return;
  const grid = await heatmapPixels(t.browser, await panelPng(page, "heatmap"));
  if (!grid.bright) return;
  const box = await (await page.$("#canvas")).boundingBox();
  await page.mouse.click(box.x + heat.rect[0] + grid.bright[0] + 0.5, box.y + heat.rect[1] + grid.bright[1] + 0.5);
  await page.mouse.move(1, 1);
  await page.waitForTimeout(800);
}

async function shoot(t, dir, saved, file, png, width) {
  await writeFile(join(dir, file), png);
  const colours = await countColours(t.browser, png);
  saved.push(file);
  t.check(`${file}: ${png.readUInt32BE(16)} px wide, ${colours} colours`, colours >= 8 && png.readUInt32BE(16) <= width);
}

async function appShots(t, dir, saved, viewport) {
  const w = viewport.width;
  const page = await openPage(t, "/", { viewport });
  await settled(page);
  await page.waitForTimeout(300);
  await shoot(t, dir, saved, `first-open-${w}.png`, await page.screenshot(), w);

  await page.goto(t.origin + "/?nosamples");
  await settled(page);
  const { seeds } = await readSeeds(t);
  await page.setInputFiles("#file-input", seeds.map((s) => ({ name: s.name, mimeType: "text/plain", buffer: s.bytes })));
  await settled(page, 120000);
  await page.waitForTimeout(300);
  await shoot(t, dir, saved, `seeds-dropped-${w}.png`, await page.screenshot(), w);
  await openBrightestPair(page, t);
  for (const [id, file] of [["deals", "deals"], ["side_by_side", "side-by-side"]]) {
    // Opening a panel shows it; on a phone it becomes the one panel on screen (its tab).
    await page.evaluate((view) => window.entente.setViewOpen(view, true), id);
    await page.waitForTimeout(400);
    const clip = await panelClip(page, id);
    t.check(`${file} panel is shown at ${w} px`, clip !== null);
    if (clip) await shoot(t, dir, saved, `${file}-${w}.png`, await page.screenshot({ clip }), w);
  }
  const html = await page.evaluate(() => window.entente.exports.reportHtml());
  await page.context().close();

  const viewer = await openPage(t, null, { viewport });
  await viewer.setContent(html);
  const tall = Math.min(8000, await viewer.evaluate(() => document.documentElement.scrollHeight));
  const clip = { x: 0, y: 0, width: w, height: tall }; // the first 8,000 px of a long report
  await shoot(t, dir, saved, `report-${w}.png`, await viewer.screenshot({ fullPage: true, clip }), w);
  await viewer.context().close();
}

async function blogShot(t, dir, saved, viewport) {
  const page = await openPage(t, "/blog-example.html", { viewport });
  const handle = await page.waitForSelector("iframe.entente-embed", { timeout: 20000 });
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.entente && window.entente.ready, null, { timeout: 60000 });
  await frame.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
  await page.waitForTimeout(800);
  await shoot(t, dir, saved, `blog-example-${viewport.width}.png`, await page.screenshot({ fullPage: true }), viewport.width);
  await page.context().close();
}

export async function run(t) {
  const dir = join(t.repoDir, "build", "screenshots");
  await mkdir(dir, { recursive: true });
  const saved = [];
  for (const viewport of VIEWPORTS) {
    await appShots(t, dir, saved, viewport);
    await blogShot(t, dir, saved, viewport);
  }
  t.note(`${saved.length} screenshots in ${dir}`);
}
