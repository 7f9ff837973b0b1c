// Downloads generated in the browser: CSV and JSON of every table, the whole result as JSON, PNG of the
// canvas or of one panel, and a self-contained HTML report (tables and inline images, no script).
(function () {
  "use strict";

  const entente = window.entente;
  const T = () => window.EntenteTables;

  function download(filename, blob) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // {filename, blob} of one table: format "csv" or "json" (an array of row objects).
  function tableFile(key, format) {
    const table = T().build(entente.result())[key];
    if (!table) throw new Error("no table " + key);
    if (format === "csv") {
      return { filename: "entente-" + key + ".csv", blob: new Blob([T().toCsv(table)], { type: "text/csv" }) };
    }
    const text = JSON.stringify(table.rows, null, 1) + "\n";
    return { filename: "entente-" + key + ".json", blob: new Blob([text], { type: "application/json" }) };
  }

  function resultFile() {
    return { filename: "entente-result.json", blob: new Blob([entente.resultText()], { type: "application/json" }) };
  }

  // Draws a frame and copies the canvas (or the CSS-pixel rect of one panel) into a PNG blob.
  function capturePng(viewId) {
    if (!entente.webgl) return Promise.reject(new Error("no canvas without WebGL"));
    return new Promise((resolve, reject) => {
      const onCaptured = () => {
        entente.off("frame-captured", onCaptured);
        const canvas = window.Module.canvas;
        const k = canvas.width / Math.max(1, canvas.getBoundingClientRect().width);
        let [x, y, w, h] = [0, 0, canvas.width, canvas.height];
        if (viewId) {
          const view = entente.views().find((v) => v.id === viewId);
          if (!view) return reject(new Error("no panel " + viewId));
          [x, y, w, h] = view.rect.map((v) => Math.round(v * k));
        }
        const out = document.createElement("canvas");
        out.width = Math.max(1, w);
        out.height = Math.max(1, h);
        out.getContext("2d").drawImage(canvas, x, y, w, h, 0, 0, w, h);
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
      };
      entente.on("frame-captured", onCaptured);
      window.Module._entente_capture();
    });
  }

  function blobToDataUrl(blob) {
    return new Promise((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result);
      r.readAsDataURL(blob);
    });
  }

  const REPORT_CSS = "body{font:14px/1.45 'DejaVu Sans',system-ui,sans-serif;margin:2em auto;max-width:1100px;" +
    "padding:0 1em;color:#1d1f24}table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}" +
    "th,td{border:1px solid #ccd;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eef}" +
    "caption{text-align:left;font-weight:bold;margin:.3em 0}img{max-width:100%;border:1px solid #ccd}";

  function reportTable(t) {
    const e = T().escapeHtml;
    const head = t.columns.map((c) => "<th scope=\"col\">" + e(c.label) + "</th>").join("");
    const rows = t.rows.map((r) => "<tr>" + t.columns.map((c) => "<td>" + e(T().formatValue(r[c.key])) + "</td>").join("") + "</tr>");
    return "<table><caption>" + e(t.title) + " (" + t.rows.length + ")</caption><thead><tr>" + head +
      "</tr></thead><tbody>" + rows.join("\n") + "</tbody></table>\n";
  }

  // A self-contained HTML report: summary, panel images (when WebGL is available) and every table.
  async function reportHtml() {
    const result = entente.result();
    const tables = T().build(result);
    const e = T().escapeHtml;
    const images = [];
    if (entente.webgl) {
      for (const view of entente.views().filter((v) => v.open)) {
        try {
          images.push({ title: view.title, src: await blobToDataUrl(await capturePng(view.id)) });
        } catch (err) {
          console.warn("report: no image of " + view.id + ": " + err.message);
        }
      }
    }
    const docs = result.documents || [];
    const parts = [
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>Entente report</title><style>" + REPORT_CSS + "</style></head><body>",
      "<h1>Entente report</h1>",
      "<p>" + e(docs.length + " documents, " + tables.deals.rows.length + " deals, " +
        tables.overlap_pairs.rows.length + " overlapping pairs. Generated " + new Date().toISOString().slice(0, 10) +
        " by Entente in the browser.") + "</p>",
    ];
    for (const img of images) {
      parts.push("<figure><img src=\"" + e(img.src) + "\" alt=\"" + e(img.title + " panel") + "\"><figcaption>" +
        e(img.title) + "</figcaption></figure>");
    }
    for (const key of Object.keys(tables)) parts.push("<h2>" + e(tables[key].title) + "</h2>" + reportTable(tables[key]));
    parts.push("</body></html>\n");
    return parts.join("\n");
  }

  entente.exports = {
    download,
    tableFile,
    resultFile,
    capturePng,
    reportHtml,
    async downloadTable(key, format) {
      const f = tableFile(key, format);
      download(f.filename, f.blob);
    },
    downloadResult() {
      const f = resultFile();
      download(f.filename, f.blob);
    },
    async downloadPng(viewId) {
      download("entente-" + (viewId || "canvas") + ".png", await capturePng(viewId));
    },
    async downloadReport() {
      download("entente-report.html", new Blob([await reportHtml()], { type: "text/html" }));
    },
  };
})();
