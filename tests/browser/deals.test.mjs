// The Deals panel: after dropping the seeds the result has the labelled deals with evidence inside each
// document, the "deals" panel is registered and open, its image is drawn, and the CSV export has one row per
// deal with the same items, every sentence of a deal (evidence_extra) and the umbrella flag; statuses are the
// contract's. A deal told again in a later sentence is one row with both sentences.
import { checkClean, countColours, dropFiles, openPage, settled, parseCsv, readSeeds } from "./harness.mjs";

export const name = "deals: panel, rows, evidence, CSV";


export async function run(t) {
  const { names, seeds } = await readSeeds(t);
  const page = await openPage(t, "/");
  await settled(page);
  await dropFiles(page, "#canvas", seeds);
  const result = await settled(page);
  const deals = result.deals || [];
  t.check(`seed deals found (${deals.length})`, deals.length >= 24 && deals.length <= 30, String(deals.length));
  const texts = seeds.map((s) => s.bytes);
  const at = (d, e) => texts[d.doc].subarray(e.start, e.end).toString("utf8");
  t.check("every evidence is a sentence of its document, given by offsets only", deals.every((d) =>
    d.evidence.end > d.evidence.start && /^[A-Z"]/.test(at(d, d.evidence)) && !("text" in d.evidence)));
  const mi35 = deals.find((d) => d.item.includes("Mi-35"));
  t.check("Mi-35 purchase: $153 million, approx, negotiating", !!mi35 && mi35.value_usd === 153000000 &&
    mi35.value_qualifier === "approx" && mi35.status === "negotiating", JSON.stringify(mi35));
  t.check("a cross-document conflict is flagged", deals.some((d) => (d.conflicts || []).length > 0));
  const vocabulary = ["proposed", "negotiating", "announced", "signed", "in_progress", "completed", "cancelled"];
  t.check("statuses follow the contract's vocabulary", deals.every((d) => vocabulary.includes(d.status)),
    JSON.stringify([...new Set(deals.map((d) => d.status))]));
  const extra = (d) => d.evidence_extra || [];
  t.check("evidence_extra (a deal's other sentences) and aggregate appear only when they say something", deals.every((d) =>
    (d.evidence_extra === undefined || d.evidence_extra.length > 0) && (d.aggregate === undefined || d.aggregate === true)));

  const views = await page.evaluate(() => window.entente.views());
  const panel = views.find((v) => v.id === "deals");
  t.check("deals panel registered and open", !!panel && panel.open, JSON.stringify(views.map((v) => v.id)));
  if (panel && (await page.evaluate(() => window.entente.webgl))) {
    const png = await page.evaluate(async () => {
      const blob = await window.entente.exports.capturePng("deals");
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    const colours = await countColours(t.browser, Buffer.from(png));
    t.check(`deals panel is drawn (${colours} colours)`, colours >= 4, String(colours));
  }

  const csv = await page.evaluate(() => window.entente.exports.tableFile("deals", "csv").blob.text());
  const rows = parseCsv(csv);
  const itemCol = rows[0].indexOf("item");
  t.check("CSV: header and one row per deal", rows.length === deals.length + 1, `${rows.length - 1} rows`);
  t.check("CSV rows carry the deals' items in order", itemCol >= 0 && deals.every((d, i) => rows[i + 1][itemCol] === d.item));
  const extraCol = rows[0].indexOf("evidence_extra"), aggCol = rows[0].indexOf("aggregate");
  t.check("CSV carries every other sentence of a deal and the umbrella flag", extraCol >= 0 && aggCol >= 0 &&
    deals.every((d, i) => rows[i + 1][extraCol] === extra(d).map((e) => at(d, e)).join(" | ") &&
      (rows[i + 1][aggCol] === "true") === (d.aggregate === true)), rows[0].join(","));
  const evidenceCol = rows[0].indexOf("evidence");
  t.check("CSV carries each deal's evidence sentence", deals.every((d, i) => rows[i + 1][evidenceCol] === at(d, d.evidence)));

  // A deal told again in a later sentence ("The deal is worth ...") is one row carrying both sentences, in the
  // result and in the CSV.
  const told = await page.evaluate(async () => {
    const text = "Chile signed a loan agreement with Peru in 2021 to build a new port at Ilo. " +
      "The deal is worth $300 million.";
    const r = await window.entente.load([{ name: "told_twice.txt", bytes: new TextEncoder().encode(text) }]);
    return { deals: r.deals, csv: await window.entente.exports.tableFile("deals", "csv").blob.text() };
  });
  const again = told.deals.length === 1 ? told.deals[0] : null;
  t.check("a deal told in two sentences is one row with both", !!again && again.value_usd === 300000000 &&
    (again.evidence_extra || []).length === 1 && again.evidence_extra[0].start === again.evidence.end + 1 &&
    told.csv.includes("The deal is worth $300 million."), JSON.stringify(told.deals));
  checkClean(t, page);
  await page.context().close();
}
