// Runs every browser test (tests/browser/*.test.mjs) against a built site.
// Usage: node tests/browser/run.mjs WEB_DIR SEEDS_DIR [name-filter]
// Each test module exports `name` and `run(t)`; t has browser, origin, webDir, seedsDir, repoDir, check(),
// note() and the harness helpers. Exit code 1 when any check fails.
import { readdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchBrowser, startServer } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const [webDir, seedsDir, filter = ""] = process.argv.slice(2);
if (!webDir || !seedsDir) {
  console.error("usage: node tests/browser/run.mjs WEB_DIR SEEDS_DIR [name-filter]");
  process.exit(2);
}

const files = (await readdir(here)).filter((f) => f.endsWith(".test.mjs") && f.includes(filter)).sort();
const { server, origin } = await startServer(webDir);
const browser = await launchBrowser();
let failures = 0;
try {
  for (const file of files) {
    const mod = await import(pathToFileURL(join(here, file)).href);
    const t = {
      browser, origin, server, webDir: resolve(webDir), seedsDir: resolve(seedsDir), repoDir: resolve(here, "../.."),
      failed: 0,
      check(label, ok, detail = "") {
        console.log(`  ${ok ? "ok  " : "FAIL"} ${label}${!ok && detail ? ": " + detail : ""}`);
        if (!ok) this.failed++;
      },
      note(text) {
        console.log(`  note ${text}`);
      },
    };
    console.log(`browser test ${mod.name || file}`);
    const started = Date.now();
    try {
      await mod.run(t);
    } catch (e) {
      t.check("ran to the end", false, e && e.stack ? e.stack : String(e));
    }
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    failures += t.failed;
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failures ? `browser tests: ${failures} check(s) failed` : `browser tests: all passed (${files.length} files)`);
process.exit(failures ? 1 : 0);
