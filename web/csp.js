// Narrows the page's Content-Security-Policy before anything loads: network access only to the page's
// own files and to the origins of the ?src= URLs it was given. Load first, from <head>. (A second policy
// can only restrict the static one in the page's <meta>, never widen it.)
(function () {
  "use strict";
  const origins = new Set();
  for (const value of new URLSearchParams(location.search).getAll("src")) {
    for (const part of value.split(",")) {
      try {
        const u = new URL(part.trim(), location.href);
        if (u.origin !== location.origin && (u.protocol === "https:" || u.protocol === "http:")) origins.add(u.origin);
      } catch (e) {
        // Not a URL: the loader reports it as a failed document.
      }
    }
  }
  const meta = document.createElement("meta");
  meta.httpEquiv = "Content-Security-Policy";
  meta.content = "connect-src 'self' " + Array.from(origins).join(" ");
  document.head.appendChild(meta);
})();
