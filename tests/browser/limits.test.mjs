// Limits that refuse clearly in the page (issue 13): a file over the per-file limit and bad inputs dropped
// with good ones are listed with their reason, the good ones are analyzed, and a later drop still works.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "limits: oversized and bad files among good ones";

export async function run(t) {
  const names = (await readdir(t.seedsDir)).filter((n) => !n.startsWith(".")).sort();
  const good = await readFile(join(t.seedsDir, names[0]));
  const page = await openPage(t, "/?nosamples");
  await settled(page);
  const utf16 = Buffer.from("India and Japan signed a $5 billion deal.", "utf16le");  // no BOM
  await page.setInputFiles("#file-input", [
    { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(21 << 20, 0x61) },
    { name: names[0], mimeType: "text/plain", buffer: good },
    { name: "=cmd.txt", mimeType: "text/plain", buffer: utf16 },
  ]);
  const r = await settled(page);
  const [huge, seed, odd] = r.documents;
  t.check("three documents, in order", r.documents.length === 3, JSON.stringify(r.documents.map((d) => d.name)));
  t.check("the oversized file names the per-file limit", /file too large \(21\.0 MB; the limit is 20\.0 MB per file\)/
    .test(huge.error || ""), huge.error);
  t.check("the good file is analyzed", seed.error === null && seed.tokens > 100);
  t.check("UTF-16 without BOM is read", odd.error === null && odd.encoding === "utf-16le");
  const mirror = await page.evaluate(() => document.getElementById("mirror").textContent);
  t.check("the limit message is in the page's tables", mirror.includes("the limit is 20.0 MB per file"));

  // The page still analyzes a file dropped later.
  await page.setInputFiles("#file-input", [{ name: names[1], mimeType: "text/plain", buffer: await readFile(join(t.seedsDir, names[1])) }]);
  const again = await settled(page);
  t.check("a later file is analyzed", again.documents.some((d) => d.name === names[1] && d.error === null));
  checkClean(t, page);
  await page.context().close();
}
