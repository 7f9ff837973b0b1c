// Touch screens: a one-finger drag on the canvas scrolls the ImGui window under it (sent as wheel events,
// which ImGui understands) and a tap becomes a click. The canvas' GLFW listeners never see the touches
// themselves (they would turn a swipe into a drag or a click). Registered before the module starts.
(function () {
  "use strict";
  const canvas = document.getElementById("canvas");
  const TAP_SLOP = 8; // CSS pixels a finger may move and still tap
  let last = null; // {x, y} of the finger
  let moved = 0;

  function mouse(type, x, y) {
    canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === "mousedown" ? 1 : 0,
      bubbles: true, cancelable: true, view: window }));
  }

  canvas.addEventListener("touchstart", (e) => {
    e.stopImmediatePropagation();
    if (e.touches.length !== 1) return;
    last = { x: e.touches[0].clientX, y: e.touches[0].clientY };
    moved = 0;
    mouse("mousemove", last.x, last.y); // ImGui scrolls the window under the pointer
  }, { capture: true, passive: true });

  canvas.addEventListener("touchmove", (e) => {
    e.stopImmediatePropagation();
    if (!last || e.touches.length !== 1) return;
    e.preventDefault();
    const t = e.touches[0];
    const dx = last.x - t.clientX, dy = last.y - t.clientY;
    moved += Math.abs(dx) + Math.abs(dy);
    last = { x: t.clientX, y: t.clientY };
    if (moved < TAP_SLOP) return;
    canvas.dispatchEvent(new WheelEvent("wheel", { deltaX: dx, deltaY: dy, deltaMode: 0, clientX: t.clientX,
      clientY: t.clientY, bubbles: true, cancelable: true }));
  }, { capture: true, passive: false });

  canvas.addEventListener("touchend", (e) => {
    e.stopImmediatePropagation();
    e.preventDefault(); // no emulated mouse events after the touch: we send our own
    if (last && moved < TAP_SLOP) {
      mouse("mousedown", last.x, last.y);
      setTimeout(() => mouse("mouseup", last ? last.x : 0, last ? last.y : 0), 30); // a frame sees the press
    }
    setTimeout(() => (last = null), 40);
  }, { capture: true, passive: false });

  canvas.addEventListener("touchcancel", (e) => {
    e.stopImmediatePropagation();
    last = null;
  }, { capture: true, passive: true });
})();
