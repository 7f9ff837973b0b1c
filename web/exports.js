// Downloads generated in the browser: CSV (UTF-8 with a byte-order mark) and JSON of every table, the whole
// result as JSON, PNG of the canvas, of one panel or of every open panel in one image, and the self-contained
// HTML report (web/report.js, loaded when first asked for).
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
      // The byte-order mark makes spreadsheet programs read the file as UTF-8 ("\u2019", "\u2013", "\u20b9").
      const text = "\ufeff" + T().toCsv(table);
      return { filename: "entente-" + key + ".csv", blob: new Blob([text], { type: "text/csv;charset=utf-8" }) };
    }
    const text = JSON.stringify(table.rows, null, 1) + "\n";
    return { filename: "entente-" + key + ".json", blob: new Blob([text], { type: "application/json" }) };
  }

  function resultFile() {
    return { filename: "entente-result.json", blob: new Blob([entente.resultText()], { type: "application/json" }) };
  }

  // Draws a frame, then resolves with the canvas and its device pixels per CSS pixel.
  function captureCanvas() {
    if (!entente.webgl) return Promise.reject(new Error("no canvas without WebGL"));
    return new Promise((resolve) => {
      const onCaptured = () => {
        entente.off("frame-captured", onCaptured);
        const canvas = window.Module.canvas;
        const copy = document.createElement("canvas");
        copy.width = canvas.width;
        copy.height = canvas.height;
        copy.getContext("2d").drawImage(canvas, 0, 0);
        resolve({ canvas: copy, k: canvas.width / Math.max(1, canvas.getBoundingClientRect().width) });
      };
      entente.on("frame-captured", onCaptured);
      window.Module._entente_capture();
    });
  }

  function pngOf(canvas) {
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
  }

  // The device-pixel rect [x, y, w, h] of one panel in a capture, or null when there is no such panel.
  function panelRect(viewId, k) {
    const view = entente.views().find((v) => v.id === viewId);
    return view ? view.rect.map((v) => Math.round(v * k)) : null;
  }

  // A PNG blob of the canvas, or of the CSS-pixel rect of one panel.
  async function capturePng(viewId) {
    const { canvas, k } = await captureCanvas();
    if (!viewId) return pngOf(canvas);
    const r = panelRect(viewId, k);
    if (!r) throw new Error("no panel " + viewId);
    const out = document.createElement("canvas");
    out.width = Math.max(1, r[2]);
    out.height = Math.max(1, r[3]);
    out.getContext("2d").drawImage(canvas, r[0], r[1], r[2], r[3], 0, 0, r[2], r[3]);
    return pngOf(out);
  }

  // One PNG of every open panel, from one frame: the panels (each with its own title bar) in two columns
  // (one when narrow), on the page's background.
  async function panelsPng() {
    const { canvas, k } = await captureCanvas();
    const rects = entente.views().filter((v) => v.open && v.rect[2] > 0 && v.rect[3] > 0).map((v) => panelRect(v.id, k));
    if (rects.length === 0) throw new Error("no open panel");
    const cols = rects.length > 1 && canvas.width >= 1200 ? 2 : 1;
    const gap = Math.round(12 * k), colW = Math.max(...rects.map((r) => r[2]));
    const rowH = [];
    rects.forEach((r, i) => (rowH[Math.floor(i / cols)] = Math.max(rowH[Math.floor(i / cols)] || 0, r[3])));
    const out = document.createElement("canvas");
    out.width = cols * colW + (cols + 1) * gap;
    out.height = rowH.reduce((a, h) => a + h + gap, gap);
    const g = out.getContext("2d");
    g.fillStyle = getComputedStyle(document.body).backgroundColor || "#fff";
    g.fillRect(0, 0, out.width, out.height);
    let y = gap;
    rects.forEach((r, i) => {
      g.drawImage(canvas, r[0], r[1], r[2], r[3], gap + (i % cols) * (colW + gap), y, r[2], r[3]);
      if (i % cols === cols - 1 || i === rects.length - 1) y += rowH[Math.floor(i / cols)] + gap;
    });
    return pngOf(out);
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = () => reject(new Error("could not load " + src));
      document.head.appendChild(el);
    });
  }

  // The report's code (web/report_charts.js, web/report.js), loaded the first time a report is asked for.
  let reportScripts = null;
  function loadReport() {
    if (!reportScripts) {
      reportScripts = loadScript("web/report_charts.js").then(() => loadScript("web/report.js"))
        .then(() => window.EntenteReport, (err) => {
          reportScripts = null;
          throw err;
        });
    }
    return reportScripts;
  }

  // The self-contained HTML report of the current result (see web/report.js).
  async function reportHtml() {
    return (await loadReport()).html(entente.result(), new Date());
  }

  entente.exports = {
    download,
    tableFile,
    resultFile,
    capturePng,
    panelsPng,
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
    async downloadPanelsPng() {
      download("entente-panels.png", await panelsPng());
    },
    async downloadReport() {
      download("entente-report.html", new Blob([await reportHtml()], { type: "text/html" }));
    },
  };
})();
