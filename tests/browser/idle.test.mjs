// Idle CPU: after load and analysis the page requests no animation frames while nothing happens; input
// brings frames back, and they stop again.
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "idle: no frames without input";

export async function run(t) {
  const page = await openPage(t, null);
  await page.addInitScript(() => {
    window.__rafCount = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => {
      window.__rafCount++;
      return raf(cb);
    };
  });
  await page.goto(t.origin + "/");
  await settled(page);
  await page.waitForTimeout(500); // the last few frames after the result
  const before = await page.evaluate(() => window.__rafCount);
  await page.waitForTimeout(2000);
  const after = await page.evaluate(() => window.__rafCount);
  t.check(`no animation frames requested for 2 s when idle (${after - before})`, after === before);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.waitForTimeout(300);
  const moved = await page.evaluate(() => window.__rafCount);
  t.check(`input draws frames (${moved - after})`, moved > after);
  await page.waitForTimeout(1000);
  const settledCount = await page.evaluate(() => window.__rafCount);
  await page.waitForTimeout(1500);
  t.check("and stops again", (await page.evaluate(() => window.__rafCount)) === settledCount);
  checkClean(t, page);
  await page.context().close();
}
