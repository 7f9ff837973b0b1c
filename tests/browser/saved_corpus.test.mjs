// The saved corpus (issue 11): the user's files survive a reload (IndexedDB in this browser, no request
// anywhere), a removal is saved too, "Forget saved corpus" deletes the copy, and another browser profile sees
// nothing.
import { checkClean, dropFiles, openPage, readSeeds, settled } from "./harness.mjs";

export const name = "saved corpus: survives a reload, forget";

const names = (r) => r.documents.map((d) => d.name);
const forgetShown = (page) => page.evaluate(() => {
  const b = document.getElementById("forget-button");
  return !!b && !b.hidden && b.getBoundingClientRect().width > 0;
});
const waitSaved = (page, saved) => page.waitForFunction((s) => window.entente.saved === s, saved, { timeout: 20000 });

export async function run(t) {
  const { seeds } = await readSeeds(t);
  const three = seeds.slice(0, 3);
  const page = await openPage(t, "/?nosamples");
  let r = await settled(page);
  t.check("a fresh browser starts without a saved corpus", (r.documents || []).length === 0 && !(await forgetShown(page)));

  await dropFiles(page, "#canvas", three);
  await settled(page);
  await waitSaved(page, true);
  t.check("after a drop, \"Forget saved corpus\" is shown", await forgetShown(page));

  await page.reload();
  r = await settled(page);
  t.check("the corpus survives a reload, in order", JSON.stringify(names(r)) === JSON.stringify(three.map((s) => s.name)),
    JSON.stringify(names(r)));
  t.check("with the same bytes", r.documents.every((d, i) => d.bytes === three[i].bytes.length));
  const status = await page.evaluate(() => document.getElementById("status").textContent);
  t.check("the status line says it was restored", /Restored 3 document/.test(status), status);
  t.check("the restored corpus is the user's (Forget shown)", await forgetShown(page));

  // A removal is saved as well.
  await page.evaluate(() => window.entente.removeDocuments([1]));
  await settled(page);
  await page.waitForTimeout(500); // the save follows the load's end
  await page.reload();
  r = await settled(page);
  t.check("a removal is remembered after a reload", JSON.stringify(names(r)) === JSON.stringify([three[0].name, three[2].name]),
    JSON.stringify(names(r)));

  // Another profile (browser context) sees nothing: the copy is local to this browser.
  const other = await openPage(t, "/?nosamples");
  const elsewhere = await settled(other);
  t.check("another browser profile has no saved corpus", (elsewhere.documents || []).length === 0);
  await other.context().close();

  // Forget: the copy is deleted; the next reload starts empty.
  await page.click("#forget-button");
  await waitSaved(page, false);
  t.check("Forget hides its button", !(await forgetShown(page)));
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open("entente", 1);
    req.onsuccess = () => {
      const get = req.result.transaction("corpus").objectStore("corpus").get("current");
      get.onsuccess = () => resolve(get.result === undefined);
    };
    req.onerror = () => resolve(false);
  }));
  t.check("Forget deletes the copy from IndexedDB", stored === true);
  await page.reload();
  r = await settled(page);
  t.check("after Forget, a reload starts without the corpus", (r.documents || []).length === 0);

  checkClean(t, page);
  await page.context().close();
}
