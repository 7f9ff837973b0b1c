// Help (issue 11): a first-run hint (where to drop files, what each panel shows) that goes away for good once
// closed; tooltips on column headers and on the scores (heatmap score, similarity order, deal confidence)
// and the deal status vocabulary, read from the canvas as a person hovering them would see them.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { checkClean, dropFiles, openPage, readSeeds, settled } from "./harness.mjs";
import { clickMark, hoverHelp } from "./canvas_probe.mjs";

export const name = "help: first-run hint, header and score tooltips, status vocabulary";

const hintShown = (page) => page.evaluate(() => {
  const h = document.getElementById("first-run");
  return h ? h.textContent : "";
});

async function firstRun(t) {
  const page = await openPage(t, "/", { viewport: { width: 1440, height: 900 } });
  await settled(page);
  const text = await hintShown(page);
  t.check("the first open shows a hint", /Drop text/.test(text), text);
  t.check("the hint says what each panel shows", ["Corpus", "Topics", "Deals", "Overlap heatmap", "Side by side"]
    .every((p) => text.includes(p + ":")), text);
  await mkdir(join(t.repoDir, "build"), { recursive: true });
  await page.screenshot({ path: join(t.repoDir, "build/first-run-hint-1440.png") });
  t.note("screenshot build/first-run-hint-1440.png");
  await page.reload();
  await settled(page);
  t.check("it shows again until it is closed", /Drop text/.test(await hintShown(page)));
  await page.keyboard.press("Escape");
  t.check("Escape closes it", (await hintShown(page)) === "");
  await page.reload();
  await settled(page);
  t.check("once closed it does not come back", (await hintShown(page)) === "");
  checkClean(t, page);
  await page.context().close();

  // On a phone the hint fits the screen and its button can be pressed.
  const phone = await openPage(t, "/", { viewport: { width: 390, height: 844 } });
  await settled(phone);
  const box = await phone.evaluate(() => {
    const r = document.getElementById("first-run").getBoundingClientRect();
    const b = document.getElementById("first-run-close").getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, button: b.bottom };
  });
  t.check("on a 390 px phone the hint fits the screen", box.left >= 0 && box.right <= 390 && box.top >= 0 &&
    box.bottom <= 844 && box.button <= 844, JSON.stringify(box));
  await phone.screenshot({ path: join(t.repoDir, "build/first-run-hint-390.png") });
  await phone.click("#first-run-close");
  t.check("Got it closes it", (await hintShown(phone)) === "");
  await phone.context().close();

  const other = await openPage(t, "/?nosamples");
  await settled(other);
  const { seeds } = await readSeeds(t);
  t.check("a new profile sees the hint", /Drop text/.test(await hintShown(other)));
  await dropFiles(other, "#canvas", seeds.slice(0, 1));
  await settled(other);
  t.check("the first drop closes it", (await hintShown(other)) === "");
  await other.context().close();
}

async function tooltips(t) {
  const page = await openPage(t, "/?nosamples&nosaved", { viewport: { width: 1440, height: 900 } });
  await settled(page);
  const { seeds } = await readSeeds(t);
  await dropFiles(page, "#canvas", seeds);
  await settled(page);
  const tokens = await hoverHelp(page, "header:Tokens");
  t.check("the Corpus Tokens header explains itself", /Words and numbers/.test(tokens), tokens);
  const encoding = await hoverHelp(page, "header:Encoding");
  t.check("the Encoding header explains itself", /encoding/.test(encoding), encoding);
  // The Deals panel alone (full width), so that every column header is on screen whatever the layout.
  await page.evaluate(() => window.entente.setPanels(["deals"], false));
  await page.waitForTimeout(300);
  const status = await hoverHelp(page, "header:Status");
  t.check("the Deals Status header lists the status vocabulary, each explained",
    ["proposed:", "negotiating:", "announced:", "signed:", "in_progress:", "completed:", "cancelled:"].every((s) => status.includes(s)),
    status);
  const value = await hoverHelp(page, "header:Value");
  t.check("the Value header explains ~ and >", /~ about, > more than/.test(value), value);
  await page.evaluate(() => window.entente.setPanels([], false));
  const score = await hoverHelp(page, "help:score");
  t.check("the heatmap score has its meaning", /Overlap score, 0 to 1/.test(score), score);
  const order = await hoverHelp(page, "help:order");
  t.check("similarity order is explained", /Similarity order/.test(order), order);
  // A pair from the heatmap's list opens Side by Side, whose passage similarity is explained.
  await clickMark(page, "heatmap:pair0");
  const similarity = await hoverHelp(page, "help:similarity");
  t.check("passage similarity is explained", /Passage similarity, 0 to 1/.test(similarity), similarity);
  await page.screenshot({ path: join(t.repoDir, "build/help-tooltip-1440.png") });
  checkClean(t, page);
  await page.context().close();
}

export async function run(t) {
  await firstRun(t);
  await tooltips(t);
}
