// Helpers for the layout tests (layout_*.test.mjs): the canvas UI's layout state (App::ui_state_json: the
// panel bar's items, each view's rectangle and what it reports) and clicks on canvas items by that state.
import { openPage, settled } from "./harness.mjs";

// The layout of the last frame drawn: { narrow, active, bar, theme, items: [{label, rect}], views: [...] }.
export async function uiState(page) {
  return page.evaluate(() => JSON.parse(window.Module.UTF8ToString(window.Module._entente_ui_state_json())));
}

// Waits until the page has drawn no frame for `quietMs` (the loop paused), at most `timeout` ms.
export async function idle(page, quietMs = 600, timeout = 15000) {
  await page.evaluate(({ quietMs, timeout }) => new Promise((done) => {
    const start = performance.now();
    let last = performance.now();
    const raf = window.requestAnimationFrame.bind(window);
    if (!window.__layoutRafHooked) {
      window.__layoutRafHooked = true;
      window.__lastRaf = performance.now();
      window.requestAnimationFrame = (cb) => { window.__lastRaf = performance.now(); return raf(cb); };
    }
    const poll = () => {
      last = window.__lastRaf;
      const now = performance.now();
      if (now - last >= quietMs || now - start > timeout) return done();
      setTimeout(poll, 100);
    };
    setTimeout(poll, 100);
  }), { quietMs, timeout });
}

// Clicks the middle of a CSS-pixel rectangle [x, y, w, h] of the canvas.
export async function clickRect(page, rect) {
  const box = await page.locator("#canvas").boundingBox();
  await page.mouse.click(box.x + rect[0] + rect[2] / 2, box.y + rect[1] + rect[3] / 2);
}

// The panel bar item called `label` ("View", "menu:deals", "menu:reset", "tab:topics"), or undefined.
export function barItem(state, label) {
  return state.items.find((i) => i.label === label);
}

export function view(state, id) {
  return state.views.find((v) => v.id === id);
}

// Opens the page at `viewport` (theme `colorScheme`), waits for the sample corpus and for the frames after it.
export async function openSettled(t, viewport, colorScheme = "dark") {
  const page = await openPage(t, null, { viewport });
  await page.emulateMedia({ colorScheme });
  await page.goto(t.origin + "/");
  await settled(page);
  await idle(page);
  return page;
}

// The [r, g, b] of pixel (x, y) of a PNG (decoded in a blank page with no content policy).
export async function pixelAt(browser, png, x, y) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ b64, x, y }) => {
      const bitmap = await createImageBitmap(await (await fetch("data:image/png;base64," + b64)).blob());
      const c = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
      c.drawImage(bitmap, 0, 0);
      return Array.from(c.getImageData(x, y, 1, 1).data.slice(0, 3));
    }, { b64: png.toString("base64"), x, y });
  } finally {
    await page.close();
  }
}
