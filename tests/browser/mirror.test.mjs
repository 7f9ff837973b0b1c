// The accessible HTML mirror: documents, topics and deals as DOM tables, markup in file names shown as
// text, "Table view" shows it, and without WebGL it is the whole UI.
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "mirror: DOM tables, escaping, table view, no WebGL";

const EVIL = "<img src=x onerror=alert(1)>.txt";
const EVIL_DEAL = "India and Japan signed a deal worth $1.5 billion in 2024.";

async function loadWithEvil(page) {
  await settled(page);
  return page.evaluate(async ([evil, deal]) => {
    const index = await (await fetch("samples/index.json")).json();
    const files = [];
    for (const n of index.files) files.push({ name: n, bytes: new Uint8Array(await (await fetch("samples/" + n)).arrayBuffer()) });
    files.push({ name: evil, bytes: new TextEncoder().encode(deal) });
    return window.entente.load(files);
  }, [EVIL, EVIL_DEAL]);
}

async function mirrorState(page) {
  return page.evaluate(() => {
    const m = document.getElementById("mirror");
    const heads = Array.from(m.querySelectorAll("h3")).map((h) => h.textContent);
    const cells = Array.from(m.querySelectorAll("td")).map((td) => td.textContent);
    const box = m.getBoundingClientRect();
    return { heads, cells, imgs: m.querySelectorAll("img").length, width: box.width, height: box.height,
      rows: m.querySelectorAll("tr").length };
  });
}

export async function run(t) {
  const page = await openPage(t, "/?nosamples");
  let alerted = false;
  page.on("dialog", (d) => {
    alerted = true;
    d.dismiss();
  });
  const result = await loadWithEvil(page);
  await settled(page); // the mirror's tables are built a table per task after the result
  const m = await mirrorState(page);
  t.check("mirror has documents, topics and deals tables", ["Documents", "Topics (corpus)", "Deals"].every((h) => m.heads.includes(h)),
    JSON.stringify(m.heads));
  t.check("mirror lists every document", result.documents.every((d) => m.cells.includes(d.name)));
  t.check("mirror lists the deals", (result.deals || []).every((d) => m.cells.includes(d.item)) && (result.deals || []).length > 0,
    String((result.deals || []).length));
  t.check("mirror shows a deal's evidence sentence", m.cells.includes(EVIL_DEAL));
  t.check("markup in a file name is shown as text", m.cells.includes(EVIL) && m.imgs === 0 && !alerted);
  t.check("mirror is visually hidden by default", m.width <= 1 && m.height <= 1, `${m.width}x${m.height}`);
  await page.click("#table-view-button");
  const shown = await mirrorState(page);
  t.check("Table view shows it", shown.width > 300 && shown.height > 100, `${shown.width}x${shown.height}`);
  t.check("Table view is a pressed toggle", (await page.getAttribute("#table-view-button", "aria-pressed")) === "true");
  checkClean(t, page);
  await page.context().close();

  const nogl = await openPage(t, null);
  await nogl.addInitScript(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return /webgl/i.test(type) ? null : get.call(this, type, ...rest);
    };
  });
  await nogl.goto(t.origin + "/?nosamples");
  const r2 = await loadWithEvil(nogl);
  await settled(nogl);
  const m2 = await mirrorState(nogl);
  t.check("without WebGL the analysis still runs", r2.documents.length === result.documents.length);
  t.check("without WebGL the tables are the whole UI", (await nogl.evaluate(() => document.body.classList.contains("no-webgl"))) &&
    m2.width > 300 && m2.height > 100 && m2.cells.includes(EVIL), `${m2.width}x${m2.height}`);
  t.check("without WebGL the deals show their evidence sentences", m2.cells.includes(EVIL_DEAL));
  nogl.scriptErrors = nogl.scriptErrors.filter((e) => !/WebGL|webgl|context/i.test(e)); // the expected failure
  checkClean(t, nogl);
  await nogl.context().close();
}
