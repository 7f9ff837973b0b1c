// Frames drawn in part (src/platform/gl_renderer.cpp): the page keeps its drawing buffer and redraws only the
// rectangle where ImGui's draw lists changed. After hovers, clicks, typing and scrolling drawn that way, the
// canvas must hold exactly the pixels of a frame drawn whole, and a hover must draw less than a whole frame.
import { checkClean, openPage, settled } from "./harness.mjs";
import { captureCanvas, markCentre } from "./canvas_probe.mjs";
import { idle } from "./layout_helpers.mjs";

export const name = "partial redraw: frames drawn in part equal a whole frame";

// Elements drawn (drawElements index counts) while `act` runs and the page settles.
async function drawn(page, act) {
  await page.evaluate(() => { window.__drawn = 0; });
  await act();
  await idle(page, 400);
  return page.evaluate(() => window.__drawn);
}

export async function run(t) {
  const page = await openPage(t, null, { viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__drawn = 0;
    const draw = WebGL2RenderingContext.prototype.drawElements;
    WebGL2RenderingContext.prototype.drawElements = function (mode, count, type, offset) {
      window.__drawn += count;
      return draw.call(this, mode, count, type, offset);
    };
  });
  await page.goto(t.origin + "/");
  await settled(page);
  await idle(page);
  const kept = await page.evaluate(() => window.Module.canvas.getContext("webgl2").getContextAttributes());
  t.check("the canvas keeps its drawing buffer", kept && kept.preserveDrawingBuffer === true);

  const setDark = (dark) => page.evaluate((d) => window.Module._entente_set_dark(d ? 1 : 0), dark);
  const whole = await drawn(page, async () => { await setDark(false); await idle(page, 300); await setDark(true); });
  const row = await markCentre(page, "corpus:row1");
  const hover = await drawn(page, () => page.mouse.move(row.x, row.y));
  t.check(`a hover draws part of a frame (${hover} of ${whole} indices)`, hover > 0 && hover < whole / 2);

  // Changes drawn in part: a click, a search typed and scrolled results, hovers here and there.
  await page.mouse.click(row.x, row.y);
  const search = await markCentre(page, "deals:search");
  await page.mouse.click(search.x, search.y);
  await page.keyboard.type("oil");
  await idle(page, 300);
  await page.mouse.move(search.x, search.y + 120);
  await page.mouse.wheel(0, 200);
  await idle(page, 300);
  await page.mouse.move(640, 60);
  await idle(page, 300);
  const inParts = await captureCanvas(page);
  await setDark(false);
  await idle(page, 300);
  await setDark(true);  // a new clear colour: the next frames are drawn whole
  await idle(page, 300);
  const wholeFrame = await captureCanvas(page);
  t.check(`the canvas after frames drawn in part equals a frame drawn whole (${inParts.length} and ` +
    `${wholeFrame.length} bytes of PNG)`, inParts === wholeFrame);
  checkClean(t, page);
  await page.context().close();
}
