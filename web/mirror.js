// The accessible mirror: the result as real HTML (summary, documents, topics, deals with evidence, top
// overlapping pairs) next to the canvas. Visually hidden but read by screen readers; shown by "Table view"
// and as the whole UI when WebGL is unavailable. Built with textContent only: names are never markup.
(function () {
  "use strict";

  const MAX_PAIRS = 20;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function table(t, maxRows) {
    const wrap = el("section", { "aria-label": t.title, class: "mirror-table" });
    wrap.appendChild(el("h3", {}, t.title));
    if (t.rows.length === 0) {
      wrap.appendChild(el("p", {}, "None."));
      return wrap;
    }
    const tab = el("table");
    tab.appendChild(el("caption", {}, t.title + " (" + t.rows.length + ")"));
    const head = el("tr");
    for (const c of t.columns) head.appendChild(el("th", { scope: "col" }, c.label));
    tab.appendChild(el("thead")).appendChild(head);
    const body = tab.appendChild(el("tbody"));
    for (const row of t.rows.slice(0, maxRows || t.rows.length)) {
      const tr = body.appendChild(el("tr"));
      for (const c of t.columns) tr.appendChild(el("td", {}, window.EntenteTables.formatValue(row[c.key])));
    }
    wrap.appendChild(tab);
    return wrap;
  }

  function summary(result, tables) {
    const docs = result.documents || [];
    const tokens = docs.reduce((n, d) => n + (d.tokens || 0), 0);
    const failed = docs.filter((d) => d.error).length;
    const parts = [docs.length + " documents", tokens.toLocaleString("en") + " tokens",
      tables.deals.rows.length + " deals", tables.overlap_pairs.rows.length + " overlapping pairs"];
    if (failed) parts.push(failed + " not analyzed");
    if (result.error) parts.push("error: " + result.error);
    return el("p", { class: "mirror-summary" }, parts.join(", ") + ".");
  }

  // Replaces the content of `container` with the tables of `result`.
  function render(container, result) {
    const tables = window.EntenteTables.build(result);
    container.replaceChildren();
    container.appendChild(el("h2", {}, "Results as tables"));
    container.appendChild(summary(result, tables));
    container.appendChild(table(tables.documents));
    container.appendChild(table(tables.topics));
    container.appendChild(table(tables.discovered_topics));
    container.appendChild(table(tables.deals));
    const pairs = table(tables.overlap_pairs, MAX_PAIRS);
    pairs.querySelector("h3").textContent = "Top overlapping pairs";
    container.appendChild(pairs);
  }

  window.EntenteMirror = { render };
})();
