// Helpers for tests that use the canvas as a person would: entente.probe() says where widgets were drawn in
// the last frame (CSS pixels inside the canvas), which help tooltip showed and what Undo would revert.

// The canvas as a PNG data URL, read right after a frame drawn once everything pending is done (`target`: a
// page or a frame).
export function captureCanvas(target) {
  return target.evaluate(() => new Promise((resolve) => {
    const done = () => {
      window.entente.off("frame-captured", done);
      resolve(window.Module.canvas.toDataURL("image/png"));
    };
    window.entente.on("frame-captured", done);
    window.Module._entente_capture();
  }));
}

// The last frame's probe.
export function probe(page) {
  return page.evaluate(() => window.entente.probe());
}

// Waits until `test(probe)` holds (polling frames); returns the probe. Throws after `timeout` ms.
export async function waitProbe(page, test, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    last = await probe(page);
    if (test(last)) return last;
    await page.evaluate(() => window.entente.wake());
    await page.waitForTimeout(150);
  }
  throw new Error("timed out waiting for " + what + ": " + JSON.stringify(last && { marks: Object.keys(last.marks),
    tooltip: last.tooltip, undo: last.undo, notice: last.notice, doc: last.doc, popup: last.popup }));
}

// The page coordinates of a point inside mark `name` (waits until it is drawn, and until two looks a frame apart
// agree, so that a panel still settling or a page still scrolling is not clicked where it was): its centre, or
// near its left end for wide items (a table row may reach past its panel's visible part).
export async function markCentre(page, name) {
  const look = async () => {
    const p = await waitProbe(page, (x) => x.marks[name], "mark " + name);
    const [x, y, w, h] = p.marks[name];
    const canvas = await page.evaluate(() => {
      const r = document.getElementById("canvas").getBoundingClientRect();
      return { left: r.left, top: r.top };
    });
    return { x: canvas.left + x + Math.min(w / 2, 12), y: canvas.top + y + h / 2 };
  };
  let at = await look();
  for (let tries = 0; tries < 20; ++tries) {
    await page.evaluate(() => { window.entente.wake(); return new Promise((r) => requestAnimationFrame(() => r())); });
    const again = await look();
    if (again.x === at.x && again.y === at.y) break;
    at = again;
  }
  // A page element over the canvas there (a notice still fading, a popup) would take the click: wait for it to
  // go, and say which it was when it does not.
  const cover = await page.waitForFunction(({ x, y }) => {
    const e = document.elementFromPoint(x, y);
    return !e || e.id === "canvas";
  }, at, { timeout: 5000, polling: 100 }).then(() => "", () => page.evaluate(({ x, y }) => {
    const e = document.elementFromPoint(x, y);
    return e ? `${e.tagName.toLowerCase()}#${e.id}.${e.className}` : "";
  }, at));
  if (cover) console.warn(`markCentre: ${name} at (${at.x}, ${at.y}) is under ${cover}`);
  return at;
}

// Moves the mouse onto mark `name`, lets a frame see it there, and clicks it (button: "left" or "right").
export async function clickMark(page, name, button = "left") {
  const at = await markCentre(page, name);
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(200);
  await page.mouse.click(at.x, at.y, { button });
  await page.waitForTimeout(200);
}

// Clicks the text field at mark `name` and waits (up to 10 s) until a frame has taken the click: typing
// earlier can reach the page before the field is active. Returns whether the field took the keyboard and
// which element has the page's focus (the canvas when all is well).
export async function clickTextField(page, name) {
  await clickMark(page, name);
  const typing = await page.waitForFunction(() => { window.entente.wake(); return window.Module._entente_wants_text() === 1; },
    null, { timeout: 10000, polling: 100 }).then(() => true, () => false);
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  return { typing, focused, ok: typing && focused === "canvas" };
}

// Hovers mark `name` and returns the help tooltip the canvas shows there ("" when none).
export async function hoverHelp(page, name) {
  const at = await markCentre(page, name);
  await page.mouse.move(at.x, at.y);
  try {
    return (await waitProbe(page, (p) => p.tooltip !== "", "a tooltip on " + name, 6000)).tooltip;
  } catch {
    return "";
  }
}
