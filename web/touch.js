// Touch screens: a one-finger drag on the canvas scrolls the ImGui window under it (sent as wheel events,
// which ImGui understands), a tap stays a click. Registered before the module, so it sees touches first.
(function () {
  "use strict";
  const canvas = document.getElementById("canvas");
  const PIXELS_PER_LINE = 40;
  let last = null; // {x, y} of the moving finger
  let moved = 0;

  function wheel(dx, dy, touch) {
    canvas.dispatchEvent(new WheelEvent("wheel", { deltaX: dx, deltaY: dy, deltaMode: 0, clientX: touch.clientX,
      clientY: touch.clientY, bubbles: true, cancelable: true }));
  }

  canvas.addEventListener("touchstart", (e) => {
    if (e.touches.length !== 1) return;
    last = { x: e.touches[0].clientX, y: e.touches[0].clientY };
    moved = 0;
  }, { capture: true, passive: true });

  canvas.addEventListener("touchmove", (e) => {
    if (!last || e.touches.length !== 1) return;
    const t = e.touches[0];
    const dx = last.x - t.clientX, dy = last.y - t.clientY;
    moved += Math.abs(dx) + Math.abs(dy);
    if (moved < 8) return; // still a tap
    e.preventDefault();
    e.stopImmediatePropagation(); // not a mouse drag for ImGui
    last = { x: t.clientX, y: t.clientY };
    wheel(dx * (PIXELS_PER_LINE / 40), dy * (PIXELS_PER_LINE / 40), t);
  }, { capture: true, passive: false });

  canvas.addEventListener("touchend", () => {
    last = null;
  }, { capture: true, passive: true });
})();
