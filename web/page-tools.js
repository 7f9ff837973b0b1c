// The page's tools beside the canvas: theme, Table view (the accessible mirror), the Export menu, the
// Share / Embed dialog, corpora given by URL (?src=a.txt,b.txt) and the no-WebGL fallback.
(function () {
  "use strict";

  const entente = window.entente;
  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);

  const EXPORTS = [
    ["Whole result (JSON)", () => entente.exports.downloadResult()],
    null,
    ["Documents (CSV)", () => entente.exports.downloadTable("documents", "csv")],
    ["Topics (CSV)", () => entente.exports.downloadTable("topics", "csv")],
    ["Topics per document (CSV)", () => entente.exports.downloadTable("topic_frequencies", "csv")],
    ["Discovered topics (CSV)", () => entente.exports.downloadTable("discovered_topics", "csv")],
    ["Deals (CSV)", () => entente.exports.downloadTable("deals", "csv")],
    ["Overlapping pairs (CSV)", () => entente.exports.downloadTable("overlap_pairs", "csv")],
    ["Shared passages (CSV)", () => entente.exports.downloadTable("overlap_passages", "csv")],
    ["Tables as JSON...", null],
    null,
    ["Canvas (PNG)", () => entente.exports.downloadPng(null)],
    ["Panels (PNG, one image)", () => entente.exports.downloadPanelsPng()],
    ["Report (HTML, self-contained)", () => entente.exports.downloadReport()],
  ];

  function theme() {
    const asked = params.get("theme");
    if (asked === "light" || asked === "dark") return asked;
    return window.matchMedia && matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
  }

  function installExportMenu() {
    const menu = $("export-menu");
    const items = $("export-items");
    for (const entry of EXPORTS) {
      if (!entry) {
        items.appendChild(document.createElement("hr"));
        continue;
      }
      const [label, action] = entry;
      if (!action) {
        for (const key of Object.keys(window.EntenteTables.build({}))) {
          addItem(items, menu, key.replace(/_/g, " ") + " (JSON)", () => entente.exports.downloadTable(key, "json"));
        }
        continue;
      }
      addItem(items, menu, label, action);
    }
  }

  function addItem(items, menu, label, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", async () => {
      menu.open = false;
      try {
        await action();
      } catch (e) {
        $("status").textContent = "Export failed: " + e.message;
      }
    });
    items.appendChild(b);
  }

  function installTableView() {
    const button = $("table-view-button");
    button.addEventListener("click", () => {
      const on = !document.body.classList.contains("table-view");
      document.body.classList.toggle("table-view", on);
      button.setAttribute("aria-pressed", String(on));
      if (on) $("mirror").focus();
      entente.wake();
    });
  }

  function siteBase() {
    return new URL(".", location.href).href;
  }

  // The Share dialog's title and theme fields (made here, above the snippets): the snippets carry them as
  // data-title / data-theme and &title= / &theme=. The title starts as ?title=, the theme as the page's.
  function shareFields() {
    let title = $("share-title-input");
    if (title) return { title, theme: $("share-theme-input") };
    const box = document.createElement("div");
    box.className = "share-fields";
    box.innerHTML = '<label for="share-title-input">Title</label> <input id="share-title-input" type="text" ' +
      'size="32"> <label for="share-theme-input">Theme</label> <select id="share-theme-input">' +
      '<option value="light">light</option><option value="dark">dark</option></select>';
    $("share-snippets").prepend(box);
    title = $("share-title-input");
    title.value = params.get("title") || "";
    const theme = $("share-theme-input");
    theme.value = document.documentElement.dataset.theme === "dark" ? "dark" : "light";
    title.addEventListener("input", fillShareDialog);
    theme.addEventListener("change", fillShareDialog);
    return { title, theme };
  }

  function fillShareDialog() {
    const urls = entente.sourceUrls || [];
    const fromUrls = entente.origin === "urls" && urls.length > 0;
    $("share-snippets").hidden = !fromUrls;
    $("share-note").textContent = fromUrls
      ? "Paste one of these into your blog post. The reader's browser loads the texts from their URLs and analyzes them."
      : "These texts were loaded from your computer and are not uploaded anywhere, so a blog cannot load them. " +
        "Put them online (on your site, or anywhere that allows CORS) and open Entente with ?src=URL1,URL2 to get an " +
        "embed snippet, or download the self-contained report and publish that.";
    if (!fromUrls) return;
    const fields = shareFields();
    const title = fields.title.value.trim(), theme = fields.theme.value;
    const panels = entente.views().filter((v) => v.open).map((v) => v.id).join(",");
    const esc = window.EntenteTables.escapeHtml;
    // In the frame's address each URL is escaped on its own and the list joined by literal commas (embed.js
    // splits before decoding, so a URL holding a comma stays whole).
    const q = "&panels=" + encodeURIComponent(panels) + (title ? "&title=" + encodeURIComponent(title) : "") +
      "&theme=" + theme;
    const frame = siteBase() + "embed.html?src=" + urls.map(encodeURIComponent).join(",") + q;
    $("share-loader").value = '<div data-entente-src="' + esc(urls.join(",")) + '" data-panels="' + esc(panels) + '"' +
      (title ? ' data-title="' + esc(title) + '"' : "") + ' data-theme="' + theme + '"></div>\n' +
      '<script src="' + esc(siteBase() + "entente-embed.js") + '" async></script>';
    $("share-iframe").value = '<iframe src="' + esc(frame) + '" title="' + esc(title || "Entente analysis") +
      '" width="100%" height="640" style="border:0" loading="lazy"></iframe>';
  }

  function installShare() {
    const dialog = $("share-dialog");
    $("share-button").addEventListener("click", () => {
      fillShareDialog();
      dialog.showModal();
    });
    $("share-report").addEventListener("click", () => entente.exports.downloadReport());
    for (const b of dialog.querySelectorAll("[data-copy]")) {
      b.addEventListener("click", async () => {
        const area = $(b.dataset.copy);
        area.select();
        try {
          await navigator.clipboard.writeText(area.value);
          b.textContent = "Copied";
        } catch (e) {
          b.textContent = "Press Ctrl+C to copy";
        }
        setTimeout(() => (b.textContent = "Copy"), 2000);
      });
    }
  }

  document.documentElement.dataset.theme = theme();
  installExportMenu();
  installTableView();
  installShare();
  entente.on("ready", () => window.Module._entente_set_dark(theme() === "dark" ? 1 : 0));
  entente.on("no-webgl", () => document.body.classList.add("no-webgl"));
  // The mirror is built a table per task (busy() holds until it is in), so a big result never blocks a frame
  // for all its tables at once.
  entente.on("result", (result) => entente.hold(window.EntenteMirror.renderSoon($("mirror"), result)));
  entente.on("begin", () => window.EntenteMirror.render($("mirror"), entente.result())); // the old corpus goes
  // While a load runs, a shown mirror follows its sections (at most twice a second).
  let mirrorTimer = 0;
  const mirrorShown = () => document.body.classList.contains("table-view") || document.body.classList.contains("no-webgl");
  entente.on("section", () => {
    if (mirrorTimer || !mirrorShown()) return;
    mirrorTimer = setTimeout(() => {
      mirrorTimer = 0;
      if (entente.busy()) entente.hold(window.EntenteMirror.renderSoon($("mirror"), entente.result()));
    }, 500);
  });
  entente.ready.then(() => {
    const urls = window.EntenteUrlTexts.sourceUrls(location.search);
    if (urls.length > 0) entente.loadUrls(urls);
  });
})();
