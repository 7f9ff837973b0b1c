// The embed boundary (issue 13): ?src= with a malformed escape, a URL holding a comma, non-http schemes
// and an oversized text still loads the good texts and says why each other one failed; the loader on a
// blog of another origin follows the frame's height and ignores forged height messages.
import { checkClean, openPage, startServer } from "./harness.mjs";

export const name = "embed bounds: bad ?src= values, size cap, message origin";

async function settledFrame(frame) {
  await frame.waitForFunction(() => window.entente && window.entente.ready, null, { timeout: 60000 });
  return frame.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
}

export async function run(t) {
  const index = JSON.parse(await (await fetch(t.origin + "/samples/index.json")).text());
  const good = "samples/" + index.files[0];

  // One embed page with every kind of bad source next to a good one.
  const page = await openPage(t, null);
  const sentence = "India and Japan signed a $5 billion deal in 2023.";
  await page.context().route(t.origin + "/texts/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/texts/a,b.txt") return route.fulfill({ contentType: "text/plain", body: sentence });
    if (path === "/texts/big.txt") return route.fulfill({ contentType: "text/plain", body: Buffer.alloc(21 << 20, 65) });
    return route.fulfill({ status: 404, body: "not found" });
  });
  const pieces = [
    "texts/bad%ZZname.txt",                                        // malformed escape
    encodeURIComponent(t.origin + "/texts/a,b.txt"),               // a comma inside one URL
    encodeURIComponent("javascript:alert(1)"),
    encodeURIComponent("data:text/plain,India deal"),
    encodeURIComponent(t.origin + "/texts/big.txt"),               // over the 20 MB per-file limit
    good,
  ];
  await page.goto(t.origin + "/embed.html?src=" + pieces.join(",") + "&panels=corpus");
  const r = await settledFrame(page.mainFrame());
  const docs = r.documents.map((d) => [d.name, d.error]);
  t.check("every source is a document, in order", r.documents.length === 6, JSON.stringify(docs));
  if (r.documents.length === 6) {
    const [bad, comma, js, data, big, ok] = r.documents;
    t.check("a malformed escape is one failed document", bad.name === "bad%ZZname.txt" && /HTTP 404/.test(bad.error || ""),
      JSON.stringify(bad));
    t.check("a URL holding %2C stays whole", comma.name === "a,b.txt" && comma.error === null && comma.tokens > 5,
      JSON.stringify([comma.name, comma.error]));
    t.check("javascript: and data: are refused", /only http and https/.test(js.error || "") &&
      /only http and https/.test(data.error || ""), JSON.stringify([js.error, data.error]));
    t.check("an oversized text is refused with the limit", /larger than 20 MB/.test(big.error || ""), big.error);
    t.check("the good text is analyzed", ok.error === null && ok.tokens > 100);
  }
  const message = await page.locator("#embed-message").innerText();
  t.check("the panel names each failure", /bad%ZZname\.txt/.test(message) && /larger than 20 MB/.test(message), message);
  page.scriptErrors = page.scriptErrors.filter((e) => !/404/.test(e)); // the expected failed fetch
  checkClean(t, page);
  await page.context().close();

  // The loader on a blog of another origin: heights arrive from Entente's origin; forged ones are ignored.
  // The blog is served by a second local server: another origin in the same (loopback) address space.
  const post = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><h1>Post</h1><div data-entente-src="${t.origin}/${good}" ` +
    `data-panels="corpus,topics,deals"></div><script src="${t.origin}/entente-embed.js" async></script></body></html>`;
  const second = await startServer(t.webDir, {
    "/post.html": (req, res) => res.writeHead(200, { "content-type": "text/html" }).end(post),
  });
  const blogOrigin = second.origin;
  const blog = await openPage(t, null, { allowedOrigins: [blogOrigin] });
  await blog.goto(blogOrigin + "/post.html");
  const handle = await blog.waitForSelector("iframe.entente-embed", { timeout: 20000 });
  const frame = await handle.contentFrame();
  await settledFrame(frame);
  const followed = await blog.waitForFunction(() => {
    const f = document.querySelector("iframe.entente-embed");
    return f && f.style.height !== "480px";
  }, null, { timeout: 15000 }).then(() => true, () => false);
  t.check("a cross-origin blog gets the frame's height", followed, await frame.evaluate(() =>
    JSON.stringify([Array.from(location.ancestorOrigins || []), document.referrer, document.documentElement.scrollHeight])));
  const before = await blog.evaluate(() => document.querySelector("iframe.entente-embed").style.height);
  await blog.evaluate(() => {
    const id = new URL(document.querySelector("iframe.entente-embed").src).searchParams.get("frame");
    window.postMessage({ type: "entente:height", id, height: 7777 }, "*");  // forged: the blog's own origin
    window.postMessage(null, "*");
    window.postMessage({ type: "entente:height", id: "__proto__", height: "9" }, "*");
  });
  await blog.waitForTimeout(300);
  const after = await blog.evaluate(() => document.querySelector("iframe.entente-embed").style.height);
  t.check("forged and malformed height messages are ignored", after === before && after !== "7777px", after);
  checkClean(t, blog);
  await blog.context().close();
  second.server.close();
}
