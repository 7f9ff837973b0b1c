// The result as plain tables, shared by the HTML mirror, the CSV/JSON exports and the HTML report.
// EntenteTables.build(result) -> {key: {title, columns: [{key, label}], rows: [{key: value}]}}, each table
// built when first read. Values
// are strings, numbers or null, taken from entente.result() without rounding.
(function () {
  "use strict";

  // The header of the core's deals CSV (src/core/deals/deals_csv.cpp; tests/deals_csv_test.cpp checks it).
  const DEALS_CSV_HEADER = ["doc", "document", "kind", "sector", "parties", "item", "value_usd", "value", "currency",
    "value_text", "value_qualifier", "quantity", "year", "date_text", "status", "aggregate", "confidence", "group",
    "conflicts", "evidence_start", "evidence_end", "evidence", "evidence_extra"];

  // The text at a span the contract gives as offsets (the page's documents; null outside the page).
  function spanText(doc, start, end) {
    const api = window.entente;
    return api && api.spanText ? api.spanText(doc, start, end) : null;
  }

  function col(key, label) {
    return { key, label };
  }

  function docName(result, id) {
    const d = (result.documents || [])[id];
    return d ? d.name : String(id);
  }

  function documents(result) {
    return {
      title: "Documents",
      columns: [col("id", "#"), col("name", "Name"), col("bytes", "Bytes"), col("encoding", "Encoding"),
        col("tokens", "Tokens"), col("sentences", "Sentences"), col("title", "Title"), col("error", "Error")],
      rows: (result.documents || []).map((d) => ({
        id: d.id, name: d.name, bytes: d.bytes, encoding: d.encoding, tokens: d.tokens,
        sentences: d.sentences, title: d.title, error: d.error,
      })),
    };
  }

  function topics(result) {
    const t = result.topics || {};
    const labels = {};
    for (const l of t.lexicon || []) labels[l.id] = l.label;
    return {
      title: "Topics (corpus)",
      columns: [col("topic", "Topic id"), col("label", "Topic"), col("hits", "Hits"), col("per_1000", "Per 1,000 words")],
      rows: (t.corpus || []).map((c) => ({ topic: c.topic, label: labels[c.topic] || c.topic, hits: c.hits, per_1000: c.per_1000 })),
    };
  }

  // Every analyzed document with every lexicon topic: the contract leaves out the rows of absent topics,
  // which read here as 0.
  function topicFrequencies(result) {
    const t = result.topics || {};
    const found = new Map((t.frequencies || []).map((f) => [f.doc + "\u0000" + f.topic, f]));
    const rows = [];
    for (const d of result.documents || []) {
      if (d.error) continue;
      for (const l of t.lexicon || []) {
        const f = found.get(d.id + "\u0000" + l.id);
        rows.push({ doc: d.id, document: d.name, topic: l.id, hits: f ? f.hits : 0, per_1000: f ? f.per_1000 : 0 });
      }
    }
    return {
      title: "Topics per document",
      columns: [col("doc", "Doc #"), col("document", "Document"), col("topic", "Topic id"), col("hits", "Hits"),
        col("per_1000", "Per 1,000 words")],
      rows,
    };
  }

  function discovered(result) {
    const d = ((result.topics || {}).discovered) || {};
    return {
      title: "Discovered topics",
      columns: [col("topic", "#"), col("top_terms", "Top terms")],
      rows: (d.topics || []).map((x, i) => ({ topic: i, top_terms: (x.top_terms || []).join(", ") })),
    };
  }

  // The deals table: the same columns, in the same order and with the same cells, as the core's deals CSV
  // (src/core/deals/deals_csv.cpp, DEALS_CSV_HEADER below), so both exports read alike.
  function deals(result) {
    const opt = (v) => (v === undefined ? null : v);
    const labels = { doc: "Doc #", document: "Document", kind: "Kind", sector: "Sector", parties: "Parties",
      item: "Item", value_usd: "Value (USD)", value: "Value", currency: "Currency", value_text: "Value as written",
      value_qualifier: "Qualifier", quantity: "Quantity", year: "Year", date_text: "Date as written",
      status: "Status", aggregate: "Umbrella", confidence: "Confidence", group: "Group", conflicts: "Conflicts",
      evidence_start: "Evidence start", evidence_end: "Evidence end", evidence: "Evidence",
      evidence_extra: "Also told in" };
    return {
      title: "Deals",
      columns: DEALS_CSV_HEADER.map((key) => col(key, labels[key])),
      rows: (result.deals || []).map((d) => ({
        doc: d.doc, document: docName(result, d.doc), kind: d.kind, sector: d.sector,
        parties: (d.parties || []).join("; "), item: d.item, value_usd: opt(d.value_usd), value: opt(d.value),
        currency: opt(d.currency), value_text: opt(d.value_text), value_qualifier: opt(d.value_qualifier),
        quantity: opt(d.quantity), year: opt(d.year), date_text: opt(d.date_text), status: d.status,
        aggregate: d.aggregate ? "true" : "false", confidence: d.confidence, group: d.group,
        conflicts: (d.conflicts || []).join("; "), evidence_start: d.evidence ? d.evidence.start : null,
        evidence_end: d.evidence ? d.evidence.end : null,
        evidence: d.evidence ? spanText(d.doc, d.evidence.start, d.evidence.end) : null,
        evidence_extra: (d.evidence_extra || []).map((x) => spanText(d.doc, x.start, x.end)).join(" | "),
      })),
    };
  }

  function overlapPairs(result) {
    const pairs = ((result.overlap || {}).pairs || []).slice().sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    return {
      title: "Overlapping pairs",
      columns: [col("a", "A #"), col("a_name", "Document A"), col("b", "B #"), col("b_name", "Document B"),
        col("score", "Score"), col("shared_tokens", "Shared tokens"), col("passages", "Passages")],
      rows: pairs.map((p) => ({ a: p.a, a_name: docName(result, p.a), b: p.b, b_name: docName(result, p.b),
        score: p.score, shared_tokens: p.shared_tokens, passages: (p.passages || []).length })),
    };
  }

  function overlapPassages(result) {
    const rows = [];
    for (const p of (result.overlap || {}).pairs || []) {
      for (const s of p.passages || []) {
        rows.push({ a: p.a, b: p.b, a_name: docName(result, p.a), b_name: docName(result, p.b), a_start: s.a_start,
          a_end: s.a_end, b_start: s.b_start, b_end: s.b_end, similarity: s.similarity, a_text: spanText(p.a, s.a_start, s.a_end),
          b_text: spanText(p.b, s.b_start, s.b_end) });
      }
    }
    return {
      title: "Shared passages",
      columns: [col("a", "A #"), col("a_name", "Document A"), col("b", "B #"), col("b_name", "Document B"),
        col("a_start", "A start"), col("a_end", "A end"), col("b_start", "B start"), col("b_end", "B end"),
        col("similarity", "Similarity"), col("a_text", "Text in A"), col("b_text", "Text in B")],
      rows,
    };
  }

  // Each table is built when first read (the mirror reads a few; an export reads one), then kept.
  function build(result) {
    const makers = { documents, topics, topic_frequencies: topicFrequencies, discovered_topics: discovered, deals,
      overlap_pairs: overlapPairs, overlap_passages: overlapPassages };
    const out = {};
    for (const [key, make] of Object.entries(makers)) {
      let table = null;
      Object.defineProperty(out, key, { enumerable: true, get: () => table || (table = make(result)) });
    }
    return out;
  }

  // A text cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first, and not a plain number):
  // the same rule as the core's csv_field (src/core/csv.h).
  const formulaLike = (s) => /^[=@\t\r]/.test(s) || (/^[+-]/.test(s) && !/^[+-][0-9][0-9.,]*$/.test(s));

  // RFC 4180 CSV with a header row of column keys; numbers as JavaScript prints them, null as empty. Text
  // cells that look like formulas get a leading apostrophe and are quoted (formula injection).
  function toCsv(table) {
    const cell = (v) => {
      if (v === null || v === undefined) return "";
      const s = String(v);
      if (typeof v === "string" && formulaLike(s)) return "\"'" + s.replace(/"/g, '""') + '"';
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    const lines = [table.columns.map((c) => cell(c.key)).join(",")];
    for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(","));
    return lines.join("\r\n") + "\r\n";
  }

  // Escapes text for HTML element content and attribute values.
  function escapeHtml(text) {
    return String(text === null || text === undefined ? "" : text).replace(/[&<>"']/g, (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  function formatValue(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "number" && !Number.isInteger(v)) return String(Math.round(v * 1000) / 1000);
    return String(v);
  }

  // A money amount as the app's Deals panel shows it (src/core/deals/money_format.cpp): "$153 million",
  // "PKR 1.2 billion", "\u00a360,000".
  function formatMoney(value, currency) {
    const symbols = { USD: "$", EUR: "\u20ac", GBP: "\u00a3", JPY: "\u00a5", INR: "\u20b9" };
    const prefix = symbols[currency] || (currency ? currency + " " : "");
    const a = Math.abs(value), sign = value < 0 ? "-" : "";
    const short = (v) => v.toFixed(2).replace(/\.?0+$/, "");
    for (const [scale, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]]) {
      if (a >= scale) return sign + prefix + short(a / scale) + " " + word;
    }
    const [whole, frac] = (Number.isInteger(a) ? a.toFixed(0) : a.toFixed(2)).split(".");
    return sign + prefix + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : "");
  }

  // A deal's value as the Deals panel shows it ("~$153 million"; "" without a value).
  function dealValue(d) {
    if (d.value === null || d.value === undefined) return "";
    const q = d.value_qualifier === "approx" ? "~" : d.value_qualifier === "over" ? ">" : "";
    return q + formatMoney(d.value, d.currency || "");
  }

  window.EntenteTables = { spanText, build, toCsv, escapeHtml, formatValue, formatMoney, dealValue, DEALS_CSV_HEADER };
})();
