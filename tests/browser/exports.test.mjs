// Exports: every table as CSV and JSON, the whole result, PNG of the canvas and of a panel, and the
// self-contained HTML report; each file's content matches entente.result().
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkClean, countColours, openPage, settled, parseCsv } from "./harness.mjs";

export const name = "exports: CSV, JSON, PNG, HTML report";

// The core's deals CSV header (src/core/deals/deals_csv.h kDealsCsvHeader), read from the source.
async function coreDealsHeader(t) {
  const text = await readFile(join(t.repoDir, "src/core/deals/deals_csv.h"), "utf8");
  const decl = text.slice(text.indexOf("kDealsCsvHeader ="), text.indexOf(";", text.indexOf("kDealsCsvHeader =")));
  return Array.from(decl.matchAll(/"([^"]*)"/g)).map((m) => m[1]).join("").split(",");
}


async function download(page, script, arg) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.evaluate(script, arg)]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}

// A JSON cell as the CSV writes it: text a spreadsheet would run as a formula starts with an apostrophe.
function csvText(v) {
  if (v === null) return "";
  const s = String(v);
  const formula = typeof v === "string" && (/^[=@\t\r]/.test(s) || (/^[+-]/.test(s) && !/^[+-][0-9][0-9.,]*$/.test(s)));
  return formula ? "'" + s : s;
}

export async function run(t) {
  const page = await openPage(t, "/");
  const result = await settled(page);
  const tables = await page.evaluate(() => window.EntenteTables.build(window.entente.result()));

  const whole = await download(page, () => window.entente.exports.downloadResult());
  t.check("result JSON equals entente.result()", JSON.stringify(JSON.parse(whole.bytes)) === JSON.stringify(result));

  // Browsers hold back many automatic downloads in a row: two go through the download path, the rest are
  // read from the same files (entente.exports.tableFile) in the page.
  const csvDownload = await download(page, () => window.entente.exports.downloadTable("deals", "csv"));
  const jsonDownload = await download(page, () => window.entente.exports.downloadTable("documents", "json"));
  t.check("table downloads are named", csvDownload.name === "entente-deals.csv" && jsonDownload.name === "entente-documents.json");
  const fileText = (key, format) => page.evaluate(([k, f]) => window.entente.exports.tableFile(k, f).blob.text(), [key, format]);
  const bom = csvDownload.bytes.subarray(0, 3).toString("hex") === "efbbbf";
  t.check("CSV starts with a UTF-8 byte-order mark", bom);
  t.check("downloaded CSV = generated CSV", csvDownload.bytes.subarray(3).toString("utf8") === (await fileText("deals", "csv")));
  const core = await coreDealsHeader(t);
  const header = parseCsv(await fileText("deals", "csv"))[0];
  t.check("the page's deals CSV has the core's columns (currency, qualifier, umbrella, conflicts)",
    core.length > 20 && JSON.stringify(header) === JSON.stringify(core) &&
    ["currency", "value_qualifier", "aggregate", "conflicts"].every((k) => header.includes(k)), JSON.stringify([header, core]));
  t.check("downloaded JSON = generated JSON", jsonDownload.bytes.toString("utf8") === (await fileText("documents", "json")));
  for (const key of Object.keys(tables)) {
    const rows = JSON.parse(await fileText(key, "json"));
    const parsed = parseCsv(await fileText(key, "csv"));
    const keys = tables[key].columns.map((c) => c.key);
    const csvMatches = parsed.length === rows.length + 1 && JSON.stringify(parsed[0]) === JSON.stringify(keys) &&
      rows.every((r, i) => keys.every((k, j) => parsed[i + 1][j] === csvText(r[k])));
    t.check(`${key}: JSON and CSV (${rows.length} rows) agree`, JSON.stringify(rows) === JSON.stringify(tables[key].rows) && csvMatches);
  }
  // Formula injection (issue 13): document names and cells starting with =, +, -, @ are neutralised.
  const injected = parseCsv(await page.evaluate(() => window.EntenteTables.toCsv({
    columns: [{ key: "name" }, { key: "n" }],
    rows: [{ name: "=HYPERLINK(\"http://x\")", n: -5 }, { name: "@SUM(A1)", n: 1 }, { name: "-cmd", n: 2 },
           { name: "+1.5", n: 3 }, { name: "a=b", n: 4 }],
  })));
  t.check("CSV neutralises formula-like cells", JSON.stringify(injected.slice(1)) === JSON.stringify([
    ["'=HYPERLINK(\"http://x\")", "-5"], ["'@SUM(A1)", "1"], ["'-cmd", "2"], ["+1.5", "3"], ["a=b", "4"]]));

  // The tables themselves follow the result.
  t.check("documents table = result.documents", JSON.stringify(tables.documents.rows.map((r) => [r.name, r.tokens, r.error])) ===
    JSON.stringify(result.documents.map((d) => [d.name, d.tokens, d.error])));
  t.check("deals table = result.deals", tables.deals.rows.length === (result.deals || []).length &&
    tables.deals.rows.every((r, i) => r.item === result.deals[i].item && r.value_usd === (result.deals[i].value_usd ?? null)));
  t.check("pairs table = result.overlap.pairs", tables.overlap_pairs.rows.length === ((result.overlap || {}).pairs || []).length);

  const png = await download(page, () => window.entente.exports.downloadPng(null));
  const dims = await page.evaluate(() => [window.Module.canvas.width, window.Module.canvas.height]);
  t.check("canvas PNG has the canvas' size", png.bytes.readUInt32BE(16) === dims[0] && png.bytes.readUInt32BE(20) === dims[1],
    `${png.bytes.readUInt32BE(16)}x${png.bytes.readUInt32BE(20)} vs ${dims}`);
  t.check("canvas PNG is not blank", (await countColours(t.browser, png.bytes)) >= 8);
  const panel = await download(page, () => window.entente.exports.downloadPng("corpus"));
  t.check("panel PNG is drawn", panel.name === "entente-corpus.png" && (await countColours(t.browser, panel.bytes)) >= 8);

  const panels = await download(page, () => window.entente.exports.downloadPanelsPng());
  const open = await page.evaluate(() => window.entente.views().filter((v) => v.open).map((v) => v.rect));
  const pw = panels.bytes.readUInt32BE(16), ph = panels.bytes.readUInt32BE(20);
  t.check(`"Panels (PNG)" is one image of every open panel (${pw}x${ph})`, panels.name === "entente-panels.png" &&
    pw >= Math.max(...open.map((r) => r[2])) && ph >= open.reduce((a, r) => a + r[3], 0) / 2 &&
    (await countColours(t.browser, panels.bytes)) >= 8);

  const report = await download(page, () => window.entente.exports.downloadReport());
  const html = report.bytes.toString("utf8");
  t.check("report has no script and no panel screenshots", !/<script/i.test(html) && !/<img/i.test(html));
  const viewer = await openPage(t, null, { viewport: { width: 1024, height: 700 } });
  await viewer.setContent(html);
  const seen = await viewer.evaluate(() => {
    const deals = document.querySelector("table.deals");
    const grid = document.querySelectorAll("svg")[1];
    return {
      charts: document.querySelectorAll("svg").length,
      gridNames: grid ? Array.from(grid.querySelectorAll("title")).map((x) => x.textContent) : [],
      dealsFit: deals ? deals.getBoundingClientRect().right <= document.documentElement.clientWidth : false,
      pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      headers: Array.from(document.querySelectorAll("th")).map((x) => x.textContent),
      text: document.body.innerText,
    };
  });
  t.check(`report draws its charts (${seen.charts} SVG)`, seen.charts >= 3);
  t.check("the topic chart names every document", result.documents.every((d) => seen.gridNames.includes(d.name)));
  t.check("the deals table fits the page width", seen.dealsFit && seen.pageFits);
  const valued = (result.deals || []).filter((d) => d.value != null);
  const labels = await page.evaluate((ds) => ds.map((d) => window.EntenteTables.dealValue(d)), valued);
  t.check("money reads as in the app", valued.length > 0 && labels.every((l) => seen.text.includes(l)) &&
    labels.some((l) => /^~?[$\u00a5\u20ac\u00a3\u20b9A-Z ]+[0-9.]+ (million|billion|trillion)$/.test(l)), JSON.stringify(labels.slice(0, 5)));
  t.check("formatMoney matches the app's labels", JSON.stringify(await page.evaluate(() => [[153e6, "USD"], [3.9e11, "INR"],
    [1.2e9, "PKR"], [60000, "GBP"], [4.25, "USD"]].map(([v, c]) => window.EntenteTables.formatMoney(v, c)))) ===
    JSON.stringify(["$153 million", "\u20b9390 billion", "PKR 1.2 billion", "\u00a360,000", "$4.25"]));
  const conflicted = (result.deals || []).filter((d) => (d.conflicts || []).length > 0);
  const evidence = await page.evaluate(() => (window.entente.result().deals || []).map((d) =>
    window.entente.spanText(d.doc, d.evidence.start, d.evidence.end)));
  const flat = (x) => x.replace(/\s+/g, " ");
  const flatText = flat(seen.text);
  t.check("conflicts and evidence are shown", conflicted.length > 0 &&
    conflicted.every((d) => d.conflicts.every((c) => flatText.includes(flat(c)))) &&
    evidence.length === (result.deals || []).length && evidence.every((x) => x.length > 0 && flatText.includes(flat(x).slice(0, 40))));
  t.check("no byte offsets in the report", !seen.headers.some((h) => /start|end|offset/i.test(h)) &&
    !/"start"|evidence_start/.test(html));
  t.check("report lists every document", result.documents.every((d) => seen.text.includes(d.name)));
  t.check("report opens with no script errors", viewer.scriptErrors.length === 0, viewer.scriptErrors.join(" | "));
  await viewer.context().close();
  checkClean(t, page);
  await page.context().close();
}
