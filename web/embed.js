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
  // The core's per-file limit (IngestLimits::max_file_bytes): a larger download is stopped, not analyzed.
  const MAX_TEXT_BYTES = 20 * 1024 * 1024;

  // Decodes the valid %XX escapes of `s` and keeps malformed ones as they are (never throws URIError).
  function decodeLoose(s) {
    return s.replace(/\+/g, " ").replace(/(%[0-9A-Fa-f]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m);
      } catch (e) {
        return m;
      }
    });
  }

  // The ?src= URLs, split on the commas of the raw query before decoding, so that a URL holding "%2C"
  // stays whole. A value that decodes to several absolute http(s) URLs joined by commas ("a%2Cb", as
  // older snippets wrote it) is still a list.
  function sourceUrls() {
    const out = [];
    for (const pair of location.search.replace(/^\?/, "").split("&")) {
      const eq = pair.indexOf("=");
      if (eq < 0 || decodeLoose(pair.slice(0, eq)) !== "src") continue;
      for (const raw of pair.slice(eq + 1).split(",")) {
        const value = decodeLoose(raw).trim();
        const parts = value.split(",").map((x) => x.trim());
        const joined = parts.length > 1 && parts.every((x) => /^https?:\/\//i.test(x));
        out.push(...(joined ? parts : [value]));
      }
    }
    return out.filter(Boolean);
  }

  // The name shown for a URL: its last path segment (escapes decoded where valid), else its host.
  function urlName(url) {
    try {
      const u = new URL(url, location.href);
      return decodeLoose(u.pathname.split("/").pop() || "") || u.host || url;
    } catch (e) {
      return url;
    }
  }

  // The body of `response`, stopped as soon as it passes MAX_TEXT_BYTES (a 1 GB URL is never held whole).
  async function readCapped(response) {
    const declared = Number(response.headers.get("content-length"));
    if (declared > MAX_TEXT_BYTES) throw new RangeError(String(declared));
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_TEXT_BYTES) {
        reader.cancel();
        throw new RangeError(String(total));
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
    return bytes;
  }

  // One text by URL: {name, bytes} or {name, error}. Only http(s) URLs are fetched; every failure is a
  // document with its reason, and the other URLs still load.
  async function fetchText(src) {
    let url;
    try {
      url = new URL(src, location.href);
    } catch (e) {
      return { name: src, error: "not a valid URL: " + src };
    }
    const name = urlName(url.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return { name, error: "not loaded: only http and https URLs are accepted (" + url.protocol + ")" };
    }
    try {
      const r = await fetch(url.href, { credentials: "omit", mode: "cors" });
      if (!r.ok) return { name, error: "could not load " + url.href + " (HTTP " + r.status + ")" };
      return { name, bytes: await readCapped(r) };
    } catch (e) {
      if (e instanceof RangeError) {
        const mb = (MAX_TEXT_BYTES / 1048576).toFixed(0);
        return { name, error: "not loaded: " + url.href + " is larger than " + mb + " MB (the limit per file)" };
      }
      return { name, error: "could not load " + url.href + " (network or CORS error)" };
    }
  }

  function loadSources(urls) {
    const absolute = urls.map((u) => {
      try {
        return new URL(u, location.href).href;
      } catch (e) {
        return u;
      }
    });
    return entente.hold(Promise.all(absolute.map(fetchText)).then((files) =>
      entente.load(files, { origin: "urls", urls: absolute })));
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

  // The height message to the parent page: {type: "entente:height", id, height} (CSS pixels), sent to
  // the parent's origin only.
  function postHeight() {
    if (window.parent === window) return;
    const origin = parentOrigin();
    if (!origin || origin === "null") return;
    const height = Math.ceil(document.documentElement.scrollHeight);
    window.parent.postMessage({ type: "entente:height", id: frameId, height }, origin);
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
    const urls = sourceUrls();
    if (urls.length === 0) {
      $("embed-message").textContent = "No texts given: add ?src=URL1,URL2 to the address.";
      postHeight();
      return;
    }
    $("embed-message").textContent = "Loading " + urls.length + " text(s)...";
    loadSources(urls);
  }, (e) => {
    $("embed-message").textContent = String(e.message || e);
    postHeight();
  });
})();
