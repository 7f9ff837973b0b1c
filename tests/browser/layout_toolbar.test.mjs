// The page's toolbar at desktop and tablet widths, with every button shown ("Forget saved corpus" too, after a
// drop): each button label stays on one line, every button is on screen, and the canvas starts below the toolbar.
// Only the status line gives up room.
import { checkClean, dropFiles, openPage, readSeeds, settled } from "./harness.mjs";

export const name = "layout: toolbar buttons on one line at 1440, 1024 and 800 px";

async function measure(page) {
  return page.evaluate(() => {
    const bar = document.querySelector(".toolbar").getBoundingClientRect();
    const buttons = [...document.querySelectorAll(".toolbar .button")]
      .filter((b) => b.offsetParent !== null)
      .map((b) => {
        const r = b.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(b).lineHeight) || 20;
        const pad = parseFloat(getComputedStyle(b).paddingTop) + parseFloat(getComputedStyle(b).paddingBottom);
        return { name: b.id || b.textContent.trim(), lines: Math.round((r.height - pad - 2) / line), left: r.left,
          right: r.right, top: r.top, bottom: r.bottom };
      });
    const canvas = document.getElementById("canvas").getBoundingClientRect();
    return { bar: { top: bar.top, bottom: bar.bottom }, buttons, canvasTop: canvas.top, vw: innerWidth };
  });
}

export async function run(t) {
  const { seeds } = await readSeeds(t);
  for (const width of [1440, 1024, 800]) {
    const page = await openPage(t, "/?nosamples", { viewport: { width, height: 800 } });
    await settled(page);
    await dropFiles(page, "#canvas", seeds);
    await settled(page);
    await page.waitForFunction(() => !!document.getElementById("forget-button") &&
      document.getElementById("forget-button").offsetParent !== null, null, { timeout: 10000 }).catch(() => {});
    const m = await measure(page);
    const names = m.buttons.map((b) => b.name);
    t.check(`${width} px: "Forget saved corpus" is among the toolbar buttons`, names.includes("forget-button"),
      names.join(", "));
    const wrapped = m.buttons.filter((b) => b.lines > 1).map((b) => `${b.name} (${b.lines} lines)`);
    t.check(`${width} px: every button label on one line`, wrapped.length === 0, wrapped.join(", "));
    const off = m.buttons.filter((b) => b.left < 0 || b.right > m.vw + 0.5).map((b) => b.name);
    t.check(`${width} px: every button on screen`, off.length === 0, off.join(", "));
    const below = m.buttons.filter((b) => b.bottom > m.bar.bottom + 0.5).map((b) => b.name);
    t.check(`${width} px: the canvas starts below the toolbar (${m.canvasTop} >= ${m.bar.bottom})`,
      below.length === 0 && m.canvasTop >= m.bar.bottom - 0.5, below.join(", "));
    checkClean(t, page);
    await page.context().close();
  }
}
