// Entente embed loader for blogs. Paste where the analysis should appear:
//   <div data-entente-src="a.txt,b.txt" data-panels="deals" data-title="..." data-theme="light"></div>
//   <script src="https://YOUR-ENTENTE-SITE/entente-embed.js" async></script>
// Each such element becomes a 100%-wide iframe of embed.html. Relative URLs are resolved against the blog
// page. The iframe reports its content height with
//   window.parent.postMessage({type: "entente:height", id: "<frame id>", height: <CSS px>}, "*")
// and this loader sets the iframe's height (only for messages from its own iframes). Without scripts, use
// the plain iframe snippet with a fixed height instead.
(function () {
  "use strict";
  if (window.ententeEmbedLoader) return window.ententeEmbedLoader.scan();

  const script = document.currentScript;
  const base = new URL(".", script ? script.src : location.href).href;
  const frames = {};
  let counter = 0;

  function mount(el) {
    if (el.dataset.ententeMounted) return;
    el.dataset.ententeMounted = "1";
    const id = "entente-frame-" + ++counter;
    const q = new URLSearchParams();
    const srcs = el.dataset.ententeSrc.split(",").map((s) => s.trim()).filter(Boolean);
    q.set("src", srcs.map((s) => new URL(s, location.href).href).join(","));
    for (const key of ["panels", "title", "theme"]) if (el.dataset[key]) q.set(key, el.dataset[key]);
    q.set("frame", id);
    const iframe = document.createElement("iframe");
    iframe.src = base + "embed.html?" + q.toString();
    iframe.title = el.dataset.title || "Entente analysis";
    iframe.className = "entente-embed";
    iframe.style.cssText = "display:block;width:100%;border:0;height:" + (parseInt(el.dataset.height, 10) || 480) + "px";
    frames[id] = iframe;
    el.replaceWith(iframe);
  }

  function scan() {
    document.querySelectorAll("[data-entente-src]").forEach(mount);
  }

  window.addEventListener("message", (e) => {
    const d = e.data;
    if (!d || d.type !== "entente:height" || typeof d.height !== "number") return;
    const iframe = frames[d.id];
    if (!iframe || e.source !== iframe.contentWindow) return;
    iframe.style.height = Math.max(60, Math.min(20000, Math.ceil(d.height))) + "px";
  });

  window.ententeEmbedLoader = { scan };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  scan();
})();
