// The page's start-up, for web/entente-api.js (window.EntenteStart): the UI font fetched while the wasm
// downloads, keys routed between DOM controls and the canvas, the canvas' WebGL context, and the Emscripten
// Module configuration. Load before entente-api.js.
(function () {
  "use strict";

  // The UI font is fetched while the wasm downloads; main() starts once it is here (or failed).
  function fetchFont() {
    return fetch("fonts/entente-sans.ttf")
      .then((r) => (r.ok ? r.arrayBuffer() : null))
      .catch(() => null);
  }

  // Keys typed into DOM controls must not reach the canvas' GLFW listeners (which would also swallow
  // Tab and Backspace), and Tab always moves the focus, so keyboard users can leave the canvas.
  // Registered before the module starts, so it runs first.
  // Ctrl+A (Cmd+A) while a canvas text field has the keyboard selects that field's text, not the page's.
  // emit(event, value): entente-api.js' event emitter ("escape").
  function routeKeys(emit) {
    const isControl = (t) => t && t !== document.body && t.id !== "canvas" && t !== document.documentElement;
    for (const type of ["keydown", "keypress", "keyup"]) {
      window.addEventListener(type, (e) => {
        if (type === "keydown" && e.key === "Escape") emit("escape", e); // the page's menus and hint close
        if (isControl(e.target) || e.key === "Tab") e.stopImmediatePropagation();
      }, true);
    }
    window.addEventListener("keydown", (e) => {
      if (isControl(e.target) || !(e.ctrlKey || e.metaKey) || (e.key || "").toLowerCase() !== "a") return;
      if (window.Module && Module._entente_wants_text && Module._entente_wants_text()) e.preventDefault();
    }, true);
    const canvas = document.getElementById("canvas");
    // Tabbing to the canvas gives the keyboard to its first panel (a click focuses the panel clicked).
    if (canvas) canvas.addEventListener("focus", () => {
      if (canvas.matches(":focus-visible") && Module._entente_focus_panels) Module._entente_focus_panels();
    });
  }

  // The canvas' context, made before the module's: its drawing buffer is kept between frames, so a frame redraws
  // only the panels that changed (src/platform/gl_renderer.cpp). No alpha, depth or stencil: nothing uses them.
  function makeCanvasContext() {
    const glCanvas = document.getElementById("canvas");
    if (glCanvas && glCanvas.getContext) {
      glCanvas.getContext("webgl2", { preserveDrawingBuffer: true, alpha: false, depth: false, stencil: false,
        antialias: false });
    }
  }

  // The Emscripten Module (window.Module): main() waits for `fontRequest` (fetchFont()); `hooks` ({notify,
  // worker}) are called from C++ (web_bridge.cpp); an abort rejects entente.ready (rejectReady) and emits "abort".
  function moduleConfig(hooks, fontRequest, emit, rejectReady) {
    return {
      canvas: document.getElementById("canvas"),
      preRun: [
        () => {
          Module.addRunDependency("entente-font");
          fontRequest.then((buffer) => {
            Module.ententeFont = buffer ? new Uint8Array(buffer) : null;
            Module.removeRunDependency("entente-font");
          });
        },
      ],
      ententeHooks: hooks,
      printErr: (text) => console.warn(text),
      onAbort: (what) => {
        rejectReady(new Error("Entente failed to start: " + what));
        emit("abort", what);
      },
    };
  }

  window.EntenteStart = { fetchFont, routeKeys, makeCanvasContext, moduleConfig };
})();
