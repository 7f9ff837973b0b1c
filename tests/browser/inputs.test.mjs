// The page's other ways in: "Open files..." (a real file input) with a bad file among good ones, and
// "Paste text" adding a document to the corpus.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "inputs: open files with a bad one, paste text";

export async function run(t) {
  const names = (await readdir(t.seedsDir)).filter((n) => !n.startsWith(".")).sort();
  const page = await openPage(t, "/?nosamples");
  await settled(page);
  const binary = Buffer.alloc(4096, 0);
  binary.write("PK\u0003\u0004", 0);
  await page.setInputFiles("#file-input", [
    { name: names[0], mimeType: "text/plain", buffer: await readFile(join(t.seedsDir, names[0])) },
    { name: "scan.pdf.txt", mimeType: "text/plain", buffer: binary },
  ]);
  const r1 = await settled(page);
  t.check("both files are listed", JSON.stringify(r1.documents.map((d) => d.name)) === JSON.stringify([names[0], "scan.pdf.txt"]));
  t.check("the good file loads", r1.documents[0].error === null && r1.documents[0].tokens > 0);
  t.check("the bad file shows its error", typeof r1.documents[1].error === "string" && r1.documents[1].error.length > 0,
    String(r1.documents[1].error));
  const mirrorText = await page.evaluate(() => document.getElementById("mirror").textContent);
  t.check("the error is in the page's tables", mirrorText.includes(r1.documents[1].error));

  await page.click("#paste-button");
  await page.fill("#paste-text", "Japan and India agreed on a $2 billion rail loan in 2025. The deal was signed in Tokyo.");
  await page.click("#paste-submit");
  const r2 = await settled(page);
  const last = r2.documents[r2.documents.length - 1];
  t.check("pasted text becomes a new document after the others", r2.documents.length === 3 && last.name === "Pasted text 1.txt" &&
    last.error === null && last.sentences === 2, JSON.stringify(last));
  page.scriptErrors = page.scriptErrors.filter((e) => !/Failed to load resource/.test(e));
  checkClean(t, page);
  await page.context().close();
}
