// Content-Security-Policy: the page may reach only its own files; with ?src= also those URLs' origins.
import { checkClean, openPage, settled } from "./harness.mjs";

export const name = "csp: no network beyond the page and its src URLs";

async function tryFetch(page, url) {
  return page.evaluate(async (u) => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    try {
      await fetch(u);
      return { ok: true, violations };
    } catch (e) {
      await new Promise((r) => setTimeout(r, 50));
      return { ok: false, violations };
    }
  }, url);
}

export async function run(t) {
  const page = await openPage(t, "/?nosamples");
  await settled(page);
  const policies = await page.evaluate(() =>
    Array.from(document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')).map((m) => m.content));
  t.check("the page carries a policy", policies.length >= 1 && policies.some((p) => /script-src 'self'/.test(p)), JSON.stringify(policies));
  const other = await tryFetch(page, "http://127.0.0.2:9/elsewhere.txt");
  t.check("a fetch to another origin is refused by the policy", !other.ok && other.violations.some((v) => /connect-src/.test(v)),
    JSON.stringify(other));
  const own = await tryFetch(page, t.origin + "/samples/index.json");
  t.check("its own files load", own.ok);
  page.scriptErrors = page.scriptErrors.filter((e) => !/Content Security Policy/.test(e));
  page.strayRequests = page.strayRequests.filter((u) => !u.startsWith("http://127.0.0.2:9/"));
  checkClean(t, page);
  await page.context().close();

  // With ?src=, that origin is allowed and nothing else.
  const allowed = "http://127.0.0.3:9";
  const withSrc = await openPage(t, "/?src=" + encodeURIComponent(allowed + "/a.txt"), { allowedOrigins: [allowed] });
  await settled(withSrc);
  const result = await withSrc.evaluate(() => window.entente.result());
  t.check("a src URL is fetched (and fails here with a message)", result.documents.length === 1 &&
    /could not load/.test(result.documents[0].error || ""), JSON.stringify(result.documents));
  const stranger = await tryFetch(withSrc, "http://127.0.0.2:9/elsewhere.txt");
  t.check("other origins stay refused", !stranger.ok && stranger.violations.some((v) => /connect-src/.test(v)));
  withSrc.scriptErrors = withSrc.scriptErrors.filter((e) => !/Content Security Policy|ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load/.test(e));
  withSrc.strayRequests = withSrc.strayRequests.filter((u) => !u.startsWith("http://127.0.0.2:9/"));
  checkClean(t, withSrc);
  await withSrc.context().close();
}
