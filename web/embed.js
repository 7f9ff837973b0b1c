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

  function theme() {
    const asked = params.get("theme");
    if (asked === "light" || asked === "dark") return asked;
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  // The height message to the parent page: {type: "entente:height", id, height} (CSS pixels).
  function postHeight() {
    if (window.parent === window) return;
    const height = Math.ceil(document.documentElement.scrollHeight);
    window.parent.postMessage({ type: "entente:height", id: frameId, height }, "*");
  }

  // The canvas' box is as tall as the stacked panels; the page grows with it. (The height goes on the
  // canvas' parent: Emscripten clears the canvas' own inline size when it resizes the drawing buffer.)
  function fitCanvas() {
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
    window.EntenteMirror.render($("mirror"), result);
    showMessage(result);
    fitCanvas();
  });
  window.addEventListener("resize", fitCanvas);
  entente.ready.then(() => {
    choosePanels();
    fitCanvas();
    const urls = list("src");
    if (urls.length === 0) {
      $("embed-message").textContent = "No texts given: add ?src=URL1,URL2 to the address.";
      postHeight();
      return;
    }
    $("embed-message").textContent = "Loading " + urls.length + " text(s)...";
    entente.loadUrls(urls);
  }, (e) => {
    $("embed-message").textContent = String(e.message || e);
    postHeight();
  });
})();
