// Entente embed loader for blogs. Paste where the analysis should appear:
//   <div data-entente-src="a.txt,b.txt" data-panels="deals" data-title="..." data-theme="light"></div>
//   <script src="https://YOUR-ENTENTE-SITE/entente-embed.js" async></script>
// Each such element becomes a 100%-wide iframe of embed.html. Relative URLs are resolved against the blog
// page. The iframe reports its content height with
//   window.parent.postMessage({type: "entente:height", id: "<frame id>", height: <CSS px>}, <blog origin>)
// (posted to the blog page's origin only) and this loader sets the iframe's height (only for messages from
// Entente's origin and its own iframes). When the blog scrolls, each frame gets
//   {type: "entente:parent-scroll"} (posted to Entente's origin), so it can hide its hover tooltips.
// Without scripts, use the plain iframe snippet with a fixed height instead.
(function () {
  "use strict";
  if (window.ententeEmbedLoader) return window.ententeEmbedLoader.scan();

  const script = document.currentScript;
  const base = new URL(".", script ? script.src : location.href).href;
  const frames = new Map();
  let counter = 0;

  function mount(el) {
    if (el.dataset.ententeMounted) return;
    el.dataset.ententeMounted = "1";
    const id = "entente-frame-" + ++counter;
    const q = new URLSearchParams();
    for (const key of ["panels", "title", "theme"]) if (el.dataset[key]) q.set(key, el.dataset[key]);
    q.set("frame", id);
    // Each URL escaped on its own and joined by literal commas: embed.js splits before decoding, so a URL
    // holding a comma ("%2C") stays whole.
    const srcs = el.dataset.ententeSrc.split(",").map((s) => s.trim()).filter(Boolean);
    const src = srcs.map((s) => {
      try {
        return encodeURIComponent(new URL(s, location.href).href);
      } catch (e) {
        return encodeURIComponent(s);
      }
    }).join(",");
    const iframe = document.createElement("iframe");
    iframe.src = base + "embed.html?src=" + src + "&" + q.toString();
    iframe.title = el.dataset.title || "Entente analysis";
    iframe.className = "entente-embed";
    iframe.style.cssText = "display:block;width:100%;border:0;height:" + (parseInt(el.dataset.height, 10) || 480) + "px";
    frames.set(id, iframe);
    el.replaceWith(iframe);
  }

  function scan() {
    document.querySelectorAll("[data-entente-src]").forEach(mount);
  }

  // Only height messages from Entente's origin, from one of this loader's own frames, shaped
  // {type: "entente:height", id: string, height: finite number}.
  const ententeOrigin = new URL(base).origin;
  window.addEventListener("message", (e) => {
    if (e.origin !== ententeOrigin) return;
    const d = e.data;
    if (!d || typeof d !== "object" || d.type !== "entente:height") return;
    if (typeof d.id !== "string" || typeof d.height !== "number" || !Number.isFinite(d.height)) return;
    const iframe = frames.get(d.id);
    if (!iframe || e.source !== iframe.contentWindow) return;
    iframe.style.height = Math.max(60, Math.min(20000, Math.ceil(d.height))) + "px";
  });

  // Tells each frame when the blog (or a box in it) scrolls, at most once per animation frame: the frame
  // then hides its hover tooltips, which would otherwise stay where the mouse no longer is.
  let scrollQueued = false;
  window.addEventListener("scroll", () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      for (const iframe of frames.values()) {
        if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: "entente:parent-scroll" }, ententeOrigin);
      }
    });
  }, { capture: true, passive: true });

  window.ententeEmbedLoader = { scan };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  scan();
})();
