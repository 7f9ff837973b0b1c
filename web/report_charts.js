// Charts of the HTML report (web/report.js), drawn from the result as inline SVG strings: topics across the
// corpus, topics in every document, deals by sector and status, and the overlap grid. Every label is
// escaped; long names are shortened with the full name in a <title> (shown on hover).
(function () {
  "use strict";

  const T = window.EntenteTables;
  const e = (s) => T.escapeHtml(s);
  const W = 1000; // the SVG's width in its own units (it scales to the page)
  const STATUS_COLOURS = { proposed: "#9aa5b8", negotiating: "#e0a030", announced: "#6c9bd2", signed: "#2f6fc0",
    in_progress: "#3a9a6a", completed: "#1f6b45", cancelled: "#c0504d" };

  function shorten(text, max) {
    const s = String(text);
    return s.length <= max ? s : s.slice(0, max - 1) + "\u2026";
  }

  // <text> with a hover title holding the whole label.
  function label(x, y, text, max, attrs = "") {
    return "<text x=\"" + x + "\" y=\"" + y + "\" " + attrs + "><title>" + e(text) + "</title>" +
      e(shorten(text, max)) + "</text>";
  }

  function svg(height, body, title) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + Math.ceil(height) + "\" width=\"" + W +
      "\" role=\"img\" aria-label=\"" + e(title) + "\" font-size=\"13\">" + body + "</svg>";
  }

  // A colour from pale to the accent blue, for t in [0, 1].
  function ramp(t) {
    const a = [243, 245, 251], b = [31, 82, 160];
    return "rgb(" + a.map((v, i) => Math.round(v + (b[i] - v) * t)).join(",") + ")";
  }

  function topicLabels(topics) {
    const out = {};
    for (const l of topics.lexicon || []) out[l.id] = l.label;
    return out;
  }

  // The lexicon topics that occur in the corpus, most frequent first: [{topic, label, per_1000, hits}].
  function usedTopics(topics) {
    const labels = topicLabels(topics);
    return (topics.corpus || []).filter((c) => c.hits > 0).sort((x, y) => y.per_1000 - x.per_1000)
      .map((c) => ({ ...c, label: labels[c.topic] || c.topic }));
  }

  function corpusTopics(topics) {
    const used = usedTopics(topics);
    if (used.length === 0) return "";
    const max = Math.max(...used.map((u) => u.per_1000)) || 1;
    const row = 24, left = 250, right = 90;
    const body = used.map((u, i) => {
      const y = i * row, w = ((W - left - right) * u.per_1000) / max;
      return label(left - 8, y + 16, u.label, 34, "text-anchor=\"end\"") + "<rect x=\"" + left + "\" y=\"" + (y + 4) +
        "\" width=\"" + w.toFixed(1) + "\" height=\"" + (row - 8) + "\" fill=\"#2f6fc0\"/><text x=\"" + (left + w + 6).toFixed(1) +
        "\" y=\"" + (y + 16) + "\">" + u.per_1000.toFixed(2) + "</text>";
    });
    return svg(used.length * row + 4, body.join(""), "Lexicon topics across the corpus");
  }

  // Every document (rows) by every topic that occurs (columns), shaded by frequency per 1,000 words.
  function topicGrid(result) {
    const topics = result.topics || {};
    const used = usedTopics(topics);
    const docs = result.documents || [];
    if (used.length === 0 || docs.length === 0) return "";
    const freq = new Map();
    for (const f of topics.frequencies || []) freq.set(f.doc + "\u0000" + f.topic, f.per_1000);
    const max = Math.max(...Array.from(freq.values()), 0) || 1;
    const left = 290, top = 140, row = 20, colW = Math.min(64, (W - left - 110) / used.length);
    const parts = used.map((u, j) => {
      const x = left + j * colW + colW / 2;
      return label(0, 0, u.label, 24, "transform=\"translate(" + x.toFixed(1) + "," + (top - 6) + ") rotate(-50)\"");
    });
    docs.forEach((d, i) => {
      const y = top + i * row;
      parts.push(label(left - 8, y + 14, d.name, 34, "text-anchor=\"end\""));
      used.forEach((u, j) => {
        const v = freq.get(d.id + "\u0000" + u.topic) || 0, x = left + j * colW;
        parts.push("<rect x=\"" + x.toFixed(1) + "\" y=\"" + y + "\" width=\"" + (colW - 1).toFixed(1) + "\" height=\"" +
          (row - 1) + "\" fill=\"" + ramp(v / max) + "\"><title>" + e(d.name + " \u2014 " + u.label + ": " +
          v.toFixed(2) + " per 1,000 words") + "</title></rect>");
        if (v > 0 && colW >= 30) {
          parts.push("<text x=\"" + (x + colW / 2).toFixed(1) + "\" y=\"" + (y + 14) + "\" text-anchor=\"middle\" " +
            "font-size=\"11\" fill=\"" + (v / max > 0.5 ? "#fff" : "#1d1f24") + "\">" + v.toFixed(1) + "</text>");
        }
      });
    });
    return svg(top + docs.length * row + 4, parts.join(""), "Lexicon topics in every document");
  }

  // One bar per sector, split by status, with a legend of the statuses that occur.
  function dealSectors(deals) {
    const sectors = new Map();
    for (const d of deals) {
      const s = sectors.get(d.sector) || new Map();
      s.set(d.status, (s.get(d.status) || 0) + 1);
      sectors.set(d.sector, s);
    }
    const order = Array.from(sectors.entries()).map(([k, v]) => [k, v, Array.from(v.values()).reduce((a, b) => a + b, 0)])
      .sort((x, y) => y[2] - x[2] || String(x[0]).localeCompare(String(y[0])));
    const seen = new Set(deals.map((d) => d.status));
    const statuses = Object.keys(STATUS_COLOURS).filter((s) => seen.has(s))
      .concat(Array.from(seen).filter((s) => !(s in STATUS_COLOURS)).sort());
    const colour = (s) => STATUS_COLOURS[s] || "#7d8493";
    const max = order[0][2], row = 24, left = 170, legend = 30;
    const parts = statuses.map((s, i) => "<rect x=\"" + (left + i * 115) + "\" y=\"4\" width=\"12\" height=\"12\" fill=\"" +
      colour(s) + "\"/><text x=\"" + (left + i * 115 + 16) + "\" y=\"15\">" + e(s.replace(/_/g, " ")) + "</text>");
    order.forEach(([sector, byStatus, total], i) => {
      const y = legend + i * row;
      parts.push(label(left - 8, y + 16, sector || "other", 22, "text-anchor=\"end\""));
      let x = left;
      for (const s of statuses) {
        const n = byStatus.get(s) || 0, w = ((W - left - 60) * n) / max;
        if (n === 0) continue;
        parts.push("<rect x=\"" + x.toFixed(1) + "\" y=\"" + (y + 4) + "\" width=\"" + w.toFixed(1) + "\" height=\"" +
          (row - 8) + "\" fill=\"" + colour(s) + "\"><title>" + e(sector + ", " + s + ": " + n) + "</title></rect>");
        x += w;
      }
      parts.push("<text x=\"" + (x + 6).toFixed(1) + "\" y=\"" + (y + 16) + "\">" + total + "</text>");
    });
    return svg(legend + order.length * row + 4, parts.join(""), "Deals by sector and status");
  }

  const MAX_GRID_DOCS = 60;

  // The documents that share passages, as a labelled grid of pair scores (at most MAX_GRID_DOCS documents,
  // taken from the highest-scoring pairs).
  function overlapGrid(result, pairs) {
    const ids = [];
    for (const p of pairs) {
      for (const id of [p.a, p.b]) if (!ids.includes(id) && ids.length < MAX_GRID_DOCS) ids.push(id);
    }
    ids.sort((x, y) => x - y);
    const name = (id) => ((result.documents || [])[id] || { name: "#" + id }).name;
    const score = new Map();
    for (const p of pairs) score.set(p.a + "," + p.b, p.score).set(p.b + "," + p.a, p.score);
    const max = Math.max(...pairs.map((p) => p.score)) || 1;
    const left = 290, top = 150, cell = Math.max(8, Math.min(40, (W - left - 110) / ids.length));
    const parts = [];
    ids.forEach((a, i) => {
      parts.push(label(left - 8, top + i * cell + cell / 2 + 5, name(a), 34, "text-anchor=\"end\""));
      parts.push(label(0, 0, name(a), 24, "transform=\"translate(" + (left + i * cell + cell / 2 + 4).toFixed(1) + "," +
        (top - 6) + ") rotate(-50)\""));
      ids.forEach((b, j) => {
        const s = score.get(a + "," + b), x = left + j * cell, y = top + i * cell;
        const fill = a === b ? "#d9dce3" : s === undefined ? "#fff" : ramp(0.15 + (0.85 * s) / max);
        parts.push("<rect x=\"" + x.toFixed(1) + "\" y=\"" + y.toFixed(1) + "\" width=\"" + (cell - 1).toFixed(1) +
          "\" height=\"" + (cell - 1).toFixed(1) + "\" fill=\"" + fill + "\" stroke=\"#e3e5ea\">" + (s === undefined ? "" :
          "<title>" + e(name(a) + " / " + name(b) + ": score " + T.formatValue(s)) + "</title>") + "</rect>");
      });
    });
    return svg(top + ids.length * cell + 4, parts.join(""), "Overlap between documents");
  }

  // A <figure> of `chart` (an SVG string) with its caption; nothing when there is no chart.
  function figure(chart, caption) {
    return chart ? "<figure>" + chart + "<figcaption>" + e(caption) + "</figcaption></figure>" : "";
  }

  window.EntenteReportCharts = { corpusTopics, topicGrid, dealSectors, overlapGrid, figure };
})();
