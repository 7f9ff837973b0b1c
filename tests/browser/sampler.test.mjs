// Topics sampled in a second worker (issue 10): the analysis worker hands the sampler's input to a worker of
// its own and goes on with deals and overlap meanwhile. The result is the CLI's, byte for byte; where no
// second worker can start, or it fails, the first samples itself, with the same result again.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "sampler: topics in a second worker, the CLI's result, and the fallbacks";

const WORKER = "/entente_worker.js";

// 40 generated documents (more than 20: common terms are dropped, so sampling has real work) and the CLI's
// JSON for them.
async function corpus(t) {
  const dir = await mkdtemp(join(tmpdir(), "entente-sampler-"));
  execFileSync("python3", [join(t.repoDir, "bench/gen_corpus.py"), "--n", "40", "--out", dir, "--seed", "11"]);
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  const files = await Promise.all(names.map(async (f) => ({ name: f, b64: (await readFile(join(dir, f))).toString("base64") })));
  const cli = join(t.repoDir, "build/native/entente");
  const expected = existsSync(cli)
    ? JSON.stringify(JSON.parse(execFileSync(cli, ["analyze", ...names.map((n) => join(dir, n))], { maxBuffer: 1 << 28 })))
    : null;
  await rm(dir, { recursive: true, force: true });
  return { files, expected };
}

// Opens the page with `prefix` put before the script of the worker it starts (not of the workers that one
// starts), loads the corpus, and returns the result's JSON and how many workers ran the worker script.
async function loadWith(t, files, prefix) {
  const page = await openPage(t, null);
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.context().route(t.origin + WORKER, async (route) => {
    const response = await route.fetch();
    const body = prefix + (await response.text());
    await route.fulfill({ response, body, headers: { ...response.headers(), "content-type": "text/javascript" } });
  });
  await page.goto(t.origin + "/?nosamples");
  await settled(page);
  const text = await page.evaluate(async (list) => {
    const e = window.entente;
    await e.load(list.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) })));
    return e.resultText();
  }, files);
  const workers = page.workers().length;
  return { page, json: JSON.stringify(JSON.parse(text)), workers, warnings };
}

export async function run(t) {
  const { files, expected } = await corpus(t);
  t.check("native CLI is built (make cli)", expected !== null);

  const normal = await loadWith(t, files, "");
  t.check("a second worker runs the same script", normal.workers === 2, `${normal.workers} workers`);
  t.check("topics sampled in the second worker: the CLI's JSON", normal.json === expected);
  t.check("topics were discovered", JSON.parse(normal.json).topics.discovered.topics.length === 8);
  checkClean(t, normal.page);
  await normal.page.context().close();

  // A worker that cannot start workers (as in some browsers) samples itself.
  const alone = await loadWith(t, files, "self.Worker = undefined;\n");
  t.check("without a second worker: one worker", alone.workers === 1, `${alone.workers} workers`);
  t.check("without a second worker: the CLI's JSON", alone.json === expected);
  checkClean(t, alone.page);
  await alone.page.context().close();

  // The second worker fails on its first message: the first notices and samples itself.
  const failing = "self.Worker = class extends Worker { constructor(url, options) { super(URL.createObjectURL(" +
    "new Blob(['self.onmessage = function () { throw new Error(\"sampler broken\"); };'], " +
    "{ type: 'text/javascript' })), options); } };\n";
  const broken = await loadWith(t, files, failing);
  t.check("a failing second worker is noticed and ended", broken.workers === 1 &&
    broken.warnings.some((w) => /topic sampler stopped/.test(w)), JSON.stringify(broken.warnings.slice(0, 3)));
  t.check("a failing second worker: the CLI's JSON", broken.json === expected);
  broken.page.scriptErrors = broken.page.scriptErrors.filter((e) => !/sampler broken/.test(e));
  checkClean(t, broken.page);
  await broken.page.context().close();
}
