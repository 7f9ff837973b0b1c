// The embedded view (embed.html?src=URL1,URL2&panels=topics,deals&title=...&theme=light|dark&frame=ID):
// loads the texts by URL, shows only the chosen panels stacked at full width, and reports its height to
// the parent page (see web/entente-embed.js for the message).
(function () {
  "use strict";

  const entente = window.entente;
  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);
  const frameId = params.get("frame") || "";
  const list = (name) => params.getAll(name).flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);

  // Fetches the texts (web/url-texts.js: http(s) only, capped at the per-file limit; a failure is a
  // document with its reason) and analyzes them.
  function loadSources(urls) {
    const fetched = Promise.all(urls.map(window.EntenteUrlTexts.fetchText));
    return entente.hold(fetched.then((files) => entente.load(files, { origin: "urls", urls: files.map((f) => f.url) })));
  }

  function theme() {
    const asked = params.get("theme");
    if (asked === "light" || asked === "dark") return asked;
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  // The embedding page's origin: the browser's ancestor list, else the referrer's origin; null when
  // neither tells (then no height is sent: the frame keeps its fixed height).
  function parentOrigin() {
    if (location.ancestorOrigins && location.ancestorOrigins.length > 0) return location.ancestorOrigins[0];
    try {
      return document.referrer ? new URL(document.referrer).origin : null;
    } catch (e) {
      return null;
    }
  }

  // The content's height in CSS pixels: the body's box, not the document's scrollHeight (which never drops
  // below the frame's current height, so the frame could only grow).
  function contentHeight() {
    return Math.ceil(document.body.getBoundingClientRect().height);
  }

  // The height message to the parent page: {type: "entente:height", id, height} (CSS pixels), sent to
  // the parent's origin only, and only when the height changed.
  let postedHeight = -1;
  let started = false; // the module is ready (resizing the frame earlier trips Emscripten's GLFW)
  function postHeight() {
    if (!started || window.parent === window) return;
    const origin = parentOrigin();
    if (!origin || origin === "null") return;
    const height = contentHeight();
    if (height === postedHeight) return;
    postedHeight = height;
    window.parent.postMessage({ type: "entente:height", id: frameId, height }, origin);
  }

  // Moves ImGui's mouse off the canvas (a mouse move far outside it), so that hover highlights and
  // tooltips go away when the blog scrolls the frame from under a still mouse; the next real move brings
  // them back.
  function parkMouse() {
    const canvas = window.Module && window.Module.canvas;
    if (!canvas) return;
    canvas.dispatchEvent(new MouseEvent("mousemove", { clientX: -100000, clientY: -100000, bubbles: true }));
  }

  // Wheel turns the canvas does not use (no widget reads the wheel and nothing under the mouse can scroll
  // that way) are kept from Emscripten's GLFW handler, which would cancel them: the browser then scrolls
  // the blog (the frame itself never scrolls). Synthetic wheels (touch.js) and pinch zoom pass as before.
  function routeWheel() {
    window.addEventListener("wheel", (e) => {
      const M = window.Module;
      if (!e.isTrusted || e.ctrlKey || !M || e.target !== M.canvas || !M._entente_wheel_used) return;
      const dx = e.shiftKey ? e.deltaY : e.deltaX, dy = e.shiftKey ? 0 : e.deltaY;
      if (M._entente_wheel_used(dx, dy)) return;
      e.stopImmediatePropagation();
      parkMouse();
    }, { capture: true, passive: true });
  }

  // The loader tells the frame when the blog scrolls ({type: "entente:parent-scroll"}); only the parent
  // window at the parent's origin is heard.
  function listenToParent() {
    window.addEventListener("message", (e) => {
      if (e.source !== window.parent || window.parent === window || e.origin !== parentOrigin()) return;
      if (e.data && e.data.type === "entente:parent-scroll") parkMouse();
    });
  }

  // The canvas' box is as tall as the stacked panels; the page grows with it. (The height goes on the
  // canvas' parent: Emscripten clears the canvas' own inline size when it resizes the drawing buffer.)
  function fitCanvas() {
    if (!started) return;
    const stage = document.querySelector(".embed-stage");
    if (!entente.webgl || document.body.classList.contains("table-view")) {
      stage.style.height = "auto";
    } else {
      stage.style.height = Math.max(120, Math.round(entente.contentHeight())) + "px";
    }
    entente.wake();
    requestAnimationFrame(postHeight);
  }

  function choosePanels() {
    const known = entente.views().map((v) => v.id);
    const asked = list("panels").filter((id) => known.includes(id));
    const panels = asked.length > 0 ? asked : known;
    entente.setPanels(panels, true);
  }

  function showMessage(result) {
    const failed = (result.documents || []).filter((d) => d.error);
    const el = $("embed-message");
    el.classList.toggle("error", failed.length > 0);
    el.textContent = failed.length === 0 ? ""
      : failed.map((d) => d.name + ": " + d.error).join("\n");
    el.hidden = failed.length === 0;
  }

  document.documentElement.dataset.theme = theme();
  const title = params.get("title");
  $("embed-title").textContent = title || "Entente";
  $("table-view-button").addEventListener("click", () => {
    const on = !document.body.classList.contains("table-view");
    document.body.classList.toggle("table-view", on);
    $("table-view-button").setAttribute("aria-pressed", String(on));
    fitCanvas();
  });
  entente.on("ready", () => window.Module._entente_set_dark(theme() === "dark" ? 1 : 0));
  entente.on("no-webgl", () => document.body.classList.add("no-webgl"));
  entente.on("result", (result) => {
    entente.hold(window.EntenteMirror.renderSoon($("mirror"), result).then(fitCanvas));
    showMessage(result);
    fitCanvas();
  });
  window.addEventListener("resize", fitCanvas);
  if (window.ResizeObserver) new ResizeObserver(() => postHeight()).observe(document.body);
  routeWheel();
  listenToParent();
  entente.ready.then(() => {
    started = true;
    choosePanels();
    fitCanvas();
    const urls = window.EntenteUrlTexts.sourceUrls(location.search);
    if (urls.length === 0) {
      $("embed-message").textContent = "No texts given: add ?src=URL1,URL2 to the address.";
      postHeight();
      return;
    }
    $("embed-message").textContent = "Loading " + urls.length + " text(s)...";
    loadSources(urls);
  }, (e) => {
    $("embed-message").textContent = String(e.message || e);
    started = true;
    postHeight();
  });
})();
