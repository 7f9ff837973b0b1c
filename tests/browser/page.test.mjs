// The spine's page test: open the page (sample corpus analyzed), drop the seed files through a real drop
// event, check entente.result().documents, the CLI's answer when it is built, that the canvas is drawn,
// and that the page made no request outside the local server.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkClean, countColours, dropFiles, openPage, settled, readSeeds } from "./harness.mjs";

export const name = "page: samples, drop the seeds, result, pixels";

export async function run(t) {
  const { names, seeds } = await readSeeds(t);
  const page = await openPage(t, "/");

  const samples = await settled(page);
  const index = JSON.parse(await readFile(join(t.webDir, "samples/index.json"), "utf8"));
  t.check(`sample corpus analyzed on open (${index.files.length} files)`,
    JSON.stringify(samples.documents.map((d) => d.name)) === JSON.stringify(index.files),
    JSON.stringify(samples.documents.map((d) => d.name)));
  const firstFrame = await page.evaluate(() => window.entente.firstFrameMs);
  t.check("first frame drawn", typeof firstFrame === "number", String(firstFrame));
  t.note(`first frame ${firstFrame && firstFrame.toFixed(0)} ms after navigation start`);

  await dropFiles(page, "#canvas", seeds);
  const result = await settled(page);
  const docs = result.documents || [];
  t.check("result lists exactly the dropped seeds, in order",
    JSON.stringify(docs.map((d) => d.name)) === JSON.stringify(names), JSON.stringify(docs.map((d) => d.name)));
  t.check("every seed has tokens and sentences", docs.every((d) => d.tokens > 0 && d.sentences > 0));
  t.check("no document error", docs.every((d) => d.error === null), JSON.stringify(docs.map((d) => d.error)));
  t.check("sizes match the files", docs.every((d, i) => d.bytes === seeds[i].bytes.length));

  // `make test-browser` builds the CLI first: the browser and the CLI must give the same answer.
  const cli = join(t.repoDir, "build/native/entente");
  t.check("native CLI is built (make cli)", existsSync(cli));
  if (existsSync(cli)) {
    const out = execFileSync(cli, ["analyze", ...names.map((n) => join(t.seedsDir, n))], { maxBuffer: 1 << 28 });
    t.check("same JSON as the native CLI", JSON.stringify(JSON.parse(out)) === JSON.stringify(result));
  }

  // result() parses each key from its own section when first read (a big corpus' mentions cost nothing until
  // read), gives the same JSON as resultText(), and is a fresh object each call.
  const lazy = await page.evaluate(() => {
    const e = window.entente;
    const r = e.result();
    const unread = typeof Object.getOwnPropertyDescriptor(r, "mentions").get === "function";
    const mentions = r.mentions.length;
    const settledKey = Object.getOwnPropertyDescriptor(r, "mentions").value === r.mentions;
    r.documents = [];
    return { unread, settledKey, mentions, same: JSON.stringify(e.result()) === JSON.stringify(JSON.parse(e.resultText())),
      keys: JSON.stringify(Object.keys(e.result())) === JSON.stringify(Object.keys(JSON.parse(e.resultText()))),
      fresh: e.result().documents.length };
  });
  t.check("result() leaves a key unparsed until it is read", lazy.unread && lazy.settledKey && lazy.mentions > 0,
    JSON.stringify(lazy));
  t.check("result() gives resultText()'s JSON and keys", lazy.same && lazy.keys);
  t.check("result() is a fresh object each call", lazy.fresh === names.length, String(lazy.fresh));

  // One more frame after the result, then read the pixels.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const canvasPng = await page.locator("#canvas").screenshot();
  const colours = await countColours(t.browser, canvasPng);
  t.check(`canvas is drawn (${colours} distinct colours)`, colours >= 8, String(colours));
  await mkdir(join(t.repoDir, "build"), { recursive: true });
  await writeFile(join(t.repoDir, "build/browser-screenshot.png"), await page.screenshot());
  t.note("screenshot saved to build/browser-screenshot.png");

  checkClean(t, page);
  await page.context().close();
}
