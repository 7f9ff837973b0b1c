// Keyboard (issue 11): the canvas shows a focus ring when tabbed to and its panels get the keyboard at once;
// arrows move through the Corpus table and Enter selects a row; Escape closes the page's dialogs, its Export
// menu and the canvas' popups; Ctrl+A in a canvas text field selects that field's text, not the page.
import { checkClean, dropFiles, openPage, readSeeds, settled } from "./harness.mjs";
import { clickMark, clickTextField, probe, waitProbe } from "./canvas_probe.mjs";

export const name = "keyboard: focus ring, arrows and Enter, Escape, Ctrl+A in a field";

async function focusAndArrows(t, page) {
  let focused = false;
  for (let i = 0; i < 20 && !focused; ++i) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement && document.activeElement.id === "canvas");
  }
  t.check("Tab reaches the canvas", focused);
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById("canvas"));
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  t.check("the focused canvas shows a focus ring", ring.style !== "none" && ring.width >= 1, JSON.stringify(ring));

  // Arrows move ImGui's focus down to the Corpus table; Enter goes into it (a scrolling table is a region of its
  // own); arrows move through its rows.
  const row0 = (await waitProbe(page, (p) => p.marks["corpus:row0"], "the first row")).marks["corpus:row0"];
  const isRow = (n) => n[3] > 0 && n[3] < row0[3] * 2 && n[1] >= row0[1] - 2;
  const holdsTable = (n) => n[3] >= row0[3] * 3 && n[1] <= row0[1] && n[1] + n[3] >= row0[1] + row0[3];
  let p = await probe(page);
  for (let i = 0; i < 16 && !isRow(p.nav); ++i) {
    const before = JSON.stringify(p.nav);
    await page.keyboard.press(holdsTable(p.nav) ? "Enter" : "ArrowDown");
    p = await waitProbe(page, (x) => x.nav[3] > 0 && JSON.stringify(x.nav) !== before, "the keyboard focus to move", 5000)
      .catch(() => probe(page));
  }
  t.check("arrows (and Enter into the table) move a visible focus onto the Corpus rows", p.nav_visible && isRow(p.nav),
    JSON.stringify({ nav: p.nav, row0, visible: p.nav_visible }));
  await page.keyboard.press("Enter");
  const first = await waitProbe(page, (x) => x.doc >= 0, "a row selected with Enter", 5000).catch(() => probe(page));
  t.check("Enter selects the focused row", first.doc >= 0, String(first.doc));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const second = await waitProbe(page, (x) => x.doc !== first.doc, "the next row selected", 5000).catch(() => probe(page));
  t.check("ArrowDown then Enter selects the next row", second.doc >= 0 && second.doc !== first.doc,
    `${first.doc} -> ${second.doc}`);
}

async function escapes(t, page) {
  for (const [button, dialog] of [["#paste-button", "#paste-dialog"], ["#share-button", "#share-dialog"]]) {
    await page.click(button);
    const opened = await page.evaluate((d) => document.querySelector(d).open, dialog);
    await page.keyboard.press("Escape");
    const closed = await page.evaluate((d) => !document.querySelector(d).open, dialog);
    t.check(`Escape closes ${dialog}`, opened && closed, JSON.stringify({ opened, closed }));
  }
  await page.click("#export-menu summary");
  const menuOpen = await page.evaluate(() => document.getElementById("export-menu").open);
  await page.keyboard.press("Escape");
  const menuClosed = await page.evaluate(() => !document.getElementById("export-menu").open);
  t.check("Escape closes the Export menu", menuOpen && menuClosed, JSON.stringify({ menuOpen, menuClosed }));

  await clickMark(page, "corpus:row0", "right");
  const popup = await waitProbe(page, (x) => x.popup, "the row's menu", 5000).catch(() => probe(page));
  await page.keyboard.press("Escape");
  const gone = await waitProbe(page, (x) => !x.popup, "the menu closed", 5000).catch(() => probe(page));
  t.check("Escape closes a canvas popup (the row's menu)", popup.popup && !gone.popup);
}

async function selectAll(t, page) {
  await clickMark(page, "topics:lexicon-tab");
  const field = await clickTextField(page, "lexicon:term");
  t.check("a click on the term field puts the cursor in it", field.ok, JSON.stringify(field));
  await page.keyboard.type("pipeline");
  await page.keyboard.press("Control+a");
  const pageSelection = await page.evaluate(() => String(window.getSelection()));
  t.check("Ctrl+A in a canvas field does not select the page", pageSelection === "", JSON.stringify(pageSelection));
  await page.keyboard.type("gasline");
  await page.keyboard.press("Enter");
  const terms = await page.waitForFunction(() => {
    const ts = window.entente.lexicon().topics[0].terms;
    return ts.some((x) => /gasline/.test(x)) ? ts : null;
  }, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch(() => []);
  t.check("Ctrl+A selected the field's text: typing replaced it", terms.includes("gasline") && !terms.includes("pipelinegasline"),
    JSON.stringify(terms.slice(-3)));
}

export async function run(t) {
  const page = await openPage(t, "/?nosamples&nosaved", { viewport: { width: 1440, height: 900 } });
  await settled(page);
  const { seeds } = await readSeeds(t);
  await dropFiles(page, "#canvas", seeds);
  await settled(page);
  await page.evaluate(() => document.getElementById("first-run") && document.getElementById("first-run").remove());
  await focusAndArrows(t, page);
  await escapes(t, page);
  await selectAll(t, page);
  checkClean(t, page);
  await page.context().close();
}
