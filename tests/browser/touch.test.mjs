// Touch screens: a one-finger swipe on the canvas scrolls the window under it; the page stays usable.
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "touch: swipe scrolls a panel";

async function swipe(cdp, x, y0, y1) {
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= 8; ++i) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / 8 }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

export async function run(t) {
  const context = await t.browser.newContext({ viewport: { width: 900, height: 700 }, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  page.strayRequests = [];
  page.scriptErrors = [];
  page.on("pageerror", (e) => page.scriptErrors.push(String(e)));
  await page.goto(t.origin + "/?nosamples");
  await settled(page);
  await page.evaluate(() => {
    const files = [];
    for (let i = 0; i < 60; ++i) files.push({ name: "note-" + String(i).padStart(2, "0") + ".txt",
      bytes: new TextEncoder().encode("India and Japan held talks number " + i + ". They agreed to meet again.") });
    return window.entente.load(files);
  });
  // The corpus window is the first tile (top left); swipe up inside its table.
  const box = await page.locator("#canvas").boundingBox();
  const clip = { x: box.x + 10, y: box.y + 60, width: 250, height: 150 };
  const away = async () => {  // the pointer off the canvas: no hover highlight in the screenshots
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
  };
  const cdp = await context.newCDPSession(page);
  // A tap on a row selects it (a click); compare a strip of the table before and after.
  // (below the panel bar, the Corpus toolbar and the table header, whatever their heights)
  const row = { x: box.x + 10, y: box.y + 190, width: 250, height: 20 };
  await away();
  const beforeTap = await page.screenshot({ clip: row });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: box.x + 60, y: box.y + 200 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await away();
  t.check("a tap clicks (the row is selected)", !beforeTap.equals(await page.screenshot({ clip: row })));
  await away();
  const before = await page.screenshot({ clip });
  await swipe(cdp, box.x + 120, box.y + 200, box.y + 80);
  await away();
  const after = await page.screenshot({ clip });
  t.check("a swipe scrolls the table under the finger", !before.equals(after));
  t.check("no script errors", page.scriptErrors.length === 0, page.scriptErrors.join(" | "));
  await context.close();
}
