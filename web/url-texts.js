// Texts given by URL (the page's and the embed's ?src=) and the size limits checked before any byte is read,
// shared by web/entente-api.js (entente.loadUrls, entente.readFiles), web/embed.js and web/page-tools.js:
// window.EntenteUrlTexts = {LIMITS, sourceUrls, fetchText, tooLarge}. Load before entente-api.js.
(function () {
  "use strict";

  // The core's limits (src/core/analysis.h IngestLimits): checked here first, so that a 1 GB download or
  // file is never held whole by the page.
  const LIMITS = { fileBytes: 20 * 1024 * 1024, totalBytes: 200 * 1024 * 1024, files: 10000 };

  // "21.0 MB", rounded to tenths as the core's messages write it.
  function megabytes(bytes) {
    const tenths = Math.round((bytes * 10) / 1048576);
    return Math.floor(tenths / 10) + "." + (tenths % 10) + " MB";
  }

  // The core's message for a file over the per-file limit (src/core/text/ingest.cpp too_large_error).
  function tooLarge(bytes) {
    return "file too large (" + megabytes(bytes) + "; the limit is " + megabytes(LIMITS.fileBytes) + " per file)";
  }

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

  // The ?src= URLs of the query string `search`, split on the commas of the raw query before decoding,
  // so that a URL holding "%2C" stays whole. A value that decodes to several absolute http(s) URLs joined
  // by commas ("a%2Cb", as older snippets wrote it) is still a list.
  function sourceUrls(search) {
    const out = [];
    for (const pair of search.replace(/^\?/, "").split("&")) {
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

  // The body of `response`, stopped as soon as it passes LIMITS.fileBytes (RangeError with the size seen).
  async function readCapped(response) {
    const declared = Number(response.headers.get("content-length"));
    if (declared > LIMITS.fileBytes) throw new RangeError(String(declared));
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > LIMITS.fileBytes) {
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

  // One text by URL (resolved against the page): {name, url, bytes} or {name, url, error}. Only http(s)
  // URLs are fetched; every failure is a document with its reason, and never throws.
  async function fetchText(src) {
    let url;
    try {
      url = new URL(src, location.href);
    } catch (e) {
      return { name: src, url: src, error: "not a valid URL: " + src };
    }
    const name = urlName(url.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return { name, url: url.href, error: "not loaded: only http and https URLs are accepted (" + url.protocol + ")" };
    }
    try {
      const r = await fetch(url.href, { credentials: "omit", mode: "cors" });
      if (!r.ok) return { name, url: url.href, error: "could not load " + url.href + " (HTTP " + r.status + ")" };
      return { name, url: url.href, bytes: await readCapped(r) };
    } catch (e) {
      if (e instanceof RangeError) {
        return { name, url: url.href, error: "not loaded: " + url.href + " is larger than " +
          LIMITS.fileBytes / 1048576 + " MB (the limit per file)" };
      }
      return { name, url: url.href, error: "could not load " + url.href + " (network or CORS error)" };
    }
  }

  window.EntenteUrlTexts = { LIMITS, sourceUrls, fetchText, tooLarge };
})();
