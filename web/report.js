// The self-contained HTML report (Export > Report): summary, charts drawn for the report from the result
// (inline SVG, never panel screenshots), every document, the deals with their evidence and conflicts, and
// the shared passages. No script and no byte offsets. Charts: web/report_charts.js.
(function () {
  "use strict";

  const T = window.EntenteTables;
  const C = () => window.EntenteReportCharts;
  const e = (s) => T.escapeHtml(s);
  const count = (n) => Number(n || 0).toLocaleString("en");
  // A cell whose column label shows before it on phones (the CSS above); `html` is already escaped.
  const td = (label, html, cls) => "<td data-label=\"" + e(label) + "\"" + (cls ? " class=\"" + cls + "\"" : "") + ">" +
    html + "</td>";

  const CSS = [
    "body{font:14px/1.45 'DejaVu Sans',system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#1d1f24}",
    "h1{font-size:26px}h2{margin-top:1.6em;border-bottom:1px solid #ccd;padding-bottom:2px}",
    "table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%;table-layout:fixed}",
    "th,td{border:1px solid #ccd;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
    "th{background:#eef}caption{text-align:left;font-weight:bold;margin:.3em 0}",
    "td.num,th.num{text-align:right}tr.evidence td{border-top:0;color:#3c4250;font-size:13px;background:#fafafd}",
    "tr.main td{border-bottom:0}.written{display:block;color:#5d636e;font-size:12px}",
    ".conflict{color:#b34700;font-weight:600}.muted{color:#5d636e}figure{margin:1em 0 1.5em}",
    "figcaption{color:#5d636e;font-size:13px}svg{max-width:100%;height:auto;display:block}",
    "svg text{font-family:'DejaVu Sans',system-ui,sans-serif}blockquote{margin:.2em 0;padding-left:.6em;border-left:3px solid #ccd}",
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}",
    // Phones: each table row becomes a card of "label: value" lines; charts keep a readable size and scroll.
    "@media (max-width:640px){body{margin:1em auto}table,tbody,tr,td{display:block;width:auto}thead,colgroup{display:none}",
    "tr{border:1px solid #ccd;margin:0 0 .6em}tr.main{margin:0;border-bottom:0}td{border:0;padding:2px 6px}",
    "td[data-label]::before{content:attr(data-label) \": \";font-weight:600;color:#5d636e}td:empty{display:none}",
    "td.num{text-align:left}figure{overflow-x:auto}figure svg{min-width:640px}}",
  ].join("");

  function docName(result, id) {
    const d = (result.documents || [])[id];
    return d ? d.name : "#" + id;
  }

  function documentsSection(result) {
    const rows = (result.documents || []).map((d) => "<tr>" + td("Name", e(d.name)) + td("Title", e(d.title || "")) +
      td("Words", count(d.tokens), "num") + td("Sentences", count(d.sentences), "num") + td("Encoding", e(d.encoding || "")) +
      td("Note", d.error ? "<span class=\"conflict\">" + e(d.error) + "</span>" : "") + "</tr>");
    return "<h2>Documents</h2><table><colgroup><col style=\"width:26%\"><col style=\"width:28%\">" +
      "<col style=\"width:9%\"><col style=\"width:10%\"><col style=\"width:10%\"><col></colgroup><thead><tr>" +
      "<th>Name</th><th>Title</th><th class=\"num\">Words</th><th class=\"num\">Sentences</th><th>Encoding</th>" +
      "<th>Note</th></tr></thead><tbody>" + rows.join("") + "</tbody></table>";
  }

  function topicsSection(result) {
    const t = result.topics || {};
    const parts = ["<h2>Topics</h2>"];
    parts.push(C().figure(C().corpusTopics(t), "Lexicon topics across the corpus, per 1,000 words."));
    parts.push(C().figure(C().topicGrid(result), "Lexicon topics in every document, per 1,000 words " +
      "(darker: more frequent)."));
    const disc = ((t.discovered || {}).topics) || [];
    if (disc.length > 0) {
      parts.push("<h3>Topics discovered in the texts</h3><ol>" + disc.map((x) =>
        "<li>" + e((x.top_terms || []).join(", ")) + "</li>").join("") + "</ol>");
    }
    return parts.join("\n");
  }

  // A deal's value cell: as the app shows it, and the words the text used when they differ.
  function valueCell(d) {
    const label = T.dealValue(d);
    if (!label) return "";
    const written = d.value_text && d.value_text !== label ? "<span class=\"written\">as written: " +
      e(d.value_text) + "</span>" : "";
    return e(label) + written;
  }

  // The line under a deal: its evidence, the other sentences about it, and conflicting figures.
  function evidenceRow(d) {
    const bits = [];
    const text = (x) => T.spanText(d.doc, x.start, x.end) || "";
    if (d.evidence) bits.push("<blockquote>" + e(text(d.evidence)) + "</blockquote>");
    for (const x of d.evidence_extra || []) bits.push("<blockquote class=\"muted\">Also: " + e(text(x)) + "</blockquote>");
    if ((d.conflicts || []).length > 0) {
      bits.push("<div class=\"conflict\">Conflicting figures in reports of this deal: " + e(d.conflicts.join("; ")) + "</div>");
    }
    return "<tr class=\"evidence\"><td colspan=\"7\">" + bits.join("") + "</td></tr>";
  }

  function dealsSection(result) {
    const deals = result.deals || [];
    const parts = ["<h2>Deals (" + count(deals.length) + ")</h2>"];
    if (deals.length === 0) return parts.concat("<p>No deals found.</p>").join("");
    parts.push(C().figure(C().dealSectors(deals), "Deals by sector and status."));
    const rows = deals.map((d) => "<tr class=\"main\">" + td("Parties", e((d.parties || []).join(", "))) +
      td("Item", e(d.item || "") + (d.aggregate ? " <span class=\"muted\">(umbrella)</span>" : "")) +
      td("Value", valueCell(d)) + td("Year", e(d.year || "")) + td("Status", e((d.status || "").replace(/_/g, " "))) +
      td("Kind, sector", e(d.kind || "") + ", " + e(d.sector || "")) + td("Document", e(docName(result, d.doc)) +
      ((d.conflicts || []).length ? " <span class=\"conflict\" title=\"conflicting figures\">!</span>" : "")) +
      "</tr>" + evidenceRow(d));
    parts.push("<table class=\"deals\"><colgroup><col style=\"width:15%\"><col style=\"width:25%\">" +
      "<col style=\"width:15%\"><col style=\"width:6%\"><col style=\"width:10%\"><col style=\"width:13%\"><col>" +
      "</colgroup><thead><tr><th>Parties</th><th>Item</th><th>Value</th><th>Year</th><th>Status</th>" +
      "<th>Kind, sector</th><th>Document</th></tr></thead><tbody>" + rows.join("\n") + "</tbody></table>");
    return parts.join("\n");
  }

  const MAX_PASSAGES = 200;

  function overlapSection(result) {
    const pairs = ((result.overlap || {}).pairs || []).filter((p) => (p.passages || []).length > 0)
      .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const parts = ["<h2>Shared passages</h2>"];
    if (pairs.length === 0) return parts.concat("<p>No two documents share a passage.</p>").join("");
    parts.push("<p>" + count(pairs.length) + " pair(s) of documents share at least one passage.</p>");
    parts.push(C().figure(C().overlapGrid(result, pairs), "Overlap score of each pair of documents that share " +
      "passages (blank: none shared)."));
    let shown = 0;
    const rows = [];
    for (const p of pairs) {
      for (const s of p.passages) {
        if (shown++ >= MAX_PASSAGES) break;
        rows.push("<tr>" + td("Document A", e(docName(result, p.a)) + "<blockquote>" + e(T.spanText(p.a, s.a_start, s.a_end) || "") +
          "</blockquote>") + td("Document B", e(docName(result, p.b)) + "<blockquote>" +
          e(T.spanText(p.b, s.b_start, s.b_end) || "") + "</blockquote>") +
          td("Similarity", e(T.formatValue(s.similarity)), "num") + "</tr>");
      }
    }
    parts.push("<table><colgroup><col style=\"width:45%\"><col style=\"width:45%\"><col></colgroup><thead><tr>" +
      "<th>Document A</th><th>Document B</th><th class=\"num\">Similarity</th></tr></thead><tbody>" + rows.join("\n") +
      "</tbody></table>");
    if (shown > MAX_PASSAGES) parts.push("<p class=\"muted\">The first " + MAX_PASSAGES + " passages are shown.</p>");
    return parts.join("\n");
  }

  // The whole report as an HTML document (a string). `date` is printed as the generation date.
  function html(result, date) {
    const docs = result.documents || [];
    const tokens = docs.reduce((n, d) => n + (d.tokens || 0), 0);
    const pairs = ((result.overlap || {}).pairs || []).filter((p) => (p.passages || []).length > 0).length;
    return [
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>Entente report</title><style>" + CSS + "</style></head><body>",
      "<h1>Entente report</h1>",
      "<p>" + e(count(docs.length) + " documents (" + count(tokens) + " words), " + count((result.deals || []).length) +
        " deals, " + count(pairs) + " pairs of documents sharing passages. Generated " + date.toISOString().slice(0, 10) +
        " by Entente, in the browser.") + "</p>",
      documentsSection(result), topicsSection(result), dealsSection(result), overlapSection(result),
      "</body></html>\n",
    ].join("\n");
  }

  window.EntenteReport = { html };
})();
