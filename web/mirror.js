// The accessible mirror: the result as real HTML (summary, documents, topics, deals with evidence, top
// overlapping pairs) next to the canvas. Visually hidden but read by screen readers; shown by "Table view"
// and as the whole UI when WebGL is unavailable. Built with textContent only: names are never markup.
// Long tables are paginated (PAGE_ROWS rows at a time, with Previous/Next), so that a corpus of thousands of
// documents costs the same DOM as a small one.
(function () {
  "use strict";

  const MAX_PAIRS = 20;
  const PAGE_ROWS = 100;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const count = (n) => n.toLocaleString("en");

  // Rows [first, first + PAGE_ROWS) of `rows` into `body`.
  function fillPage(body, t, rows, first) {
    const fragment = document.createDocumentFragment();
    for (const row of rows.slice(first, first + PAGE_ROWS)) {
      const tr = fragment.appendChild(el("tr"));
      for (const c of t.columns) {  // data-label: the column name, shown in each cell on narrow screens
        tr.appendChild(el("td", { "data-label": c.label }, window.EntenteTables.formatValue(row[c.key])));
      }
    }
    body.replaceChildren(fragment);
  }

  // Previous / Next buttons and "Rows 101-200 of 5,000" under a table of more than one page.
  function pager(t, rows, body) {
    const nav = el("nav", { class: "mirror-pager", "aria-label": t.title + " pages" });
    const prev = nav.appendChild(el("button", { type: "button", class: "button small" }, "Previous"));
    const label = nav.appendChild(el("span", { "aria-live": "polite" }));
    const next = nav.appendChild(el("button", { type: "button", class: "button small" }, "Next"));
    let first = 0;
    const show = () => {
      fillPage(body, t, rows, first);
      label.textContent = " Rows " + count(first + 1) + "-" + count(Math.min(rows.length, first + PAGE_ROWS)) +
        " of " + count(rows.length) + " ";
      prev.disabled = first === 0;
      next.disabled = first + PAGE_ROWS >= rows.length;
    };
    prev.addEventListener("click", () => { first = Math.max(0, first - PAGE_ROWS); show(); });
    next.addEventListener("click", () => { first += PAGE_ROWS; show(); });
    show();
    return nav;
  }

  function table(t, maxRows) {
    const wrap = el("section", { "aria-label": t.title, class: "mirror-table" });
    wrap.appendChild(el("h3", {}, t.title));
    if (t.rows.length === 0) {
      wrap.appendChild(el("p", {}, "None."));
      return wrap;
    }
    const rows = maxRows ? t.rows.slice(0, maxRows) : t.rows;
    const tab = el("table");
    tab.appendChild(el("caption", {}, t.title + " (" + count(t.rows.length) + ")"));
    const head = el("tr");
    for (const c of t.columns) head.appendChild(el("th", { scope: "col" }, c.label));
    tab.appendChild(el("thead")).appendChild(head);
    const body = tab.appendChild(el("tbody"));
    wrap.appendChild(tab);
    if (rows.length > PAGE_ROWS) wrap.appendChild(pager(t, rows, body));
    else fillPage(body, t, rows, 0);
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

  // The tables of `result`, each built by one step (a step parses the result key it shows).
  function steps(tables) {
    return [() => table(tables.documents), () => table(tables.topics), () => table(tables.discovered_topics),
      () => table(tables.deals), () => {
        const pairs = table(tables.overlap_pairs, MAX_PAIRS);
        pairs.querySelector("h3").textContent = "Top overlapping pairs";
        return pairs;
      }];
  }

  let generation = 0; // the latest render: an older renderSoon() gives up

  // Replaces the content of `container` with the tables of `result`.
  function render(container, result) {
    ++generation;
    const tables = window.EntenteTables.build(result);
    const built = steps(tables).map((step) => step());
    container.replaceChildren(el("h2", {}, "Results as tables"), summary(result, tables), ...built);
  }

  // Like render(), one table per task, so that parsing a big corpus' deals and pairs leaves frames between
  // them; the tables replace the content together at the end. A later render() or renderSoon() makes this
  // one give up. Resolves when the tables are in (or it gave up).
  async function renderSoon(container, result) {
    const mine = ++generation;
    const tables = window.EntenteTables.build(result);
    const built = [];
    for (const step of steps(tables)) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (mine !== generation) return;
      built.push(step());
    }
    container.replaceChildren(el("h2", {}, "Results as tables"), summary(result, tables), ...built);
  }

  window.EntenteMirror = { render, renderSoon, PAGE_ROWS };
})();
