// Blog embedding: the loader snippet on a blog-like page makes an iframe that loads the sample texts by URL
// and follows its content's height; a bad URL shows a message inside the panel.
import { checkClean, openPage } from "./harness.mjs";

export const name = "embed: loader snippet, auto-height, bad URL";

async function frameOf(page) {
  const handle = await page.waitForSelector("iframe.entente-embed", { timeout: 20000 });
  return { handle, frame: await handle.contentFrame() };
}

async function waitSettled(frame) {
  await frame.waitForFunction(() => window.entente && window.entente.ready, null, { timeout: 60000 });
  return frame.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
}

export async function run(t) {
  const page = await openPage(t, "/blog-example.html");
  const { handle, frame } = await frameOf(page);
  t.check("the snippet became an iframe", (await page.$("[data-entente-src]")) === null);
  const result = await waitSettled(frame);
  const index = JSON.parse(await (await fetch(t.origin + "/samples/index.json")).text());
  t.check("the iframe analyzed the sample texts by URL",
    JSON.stringify(result.documents.map((d) => d.name)) === JSON.stringify(index.files),
    JSON.stringify(result.documents.map((d) => d.name)));
  const sizes = async () => ({
    iframe: (await handle.boundingBox()).height,
    content: await frame.evaluate(() => document.documentElement.scrollHeight),
  });
  await page.waitForFunction(() => {
    const f = document.querySelector("iframe.entente-embed");
    return f && Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.scrollHeight) <= 2;
  }, null, { timeout: 10000 }).catch(() => {});
  const s = await sizes();
  t.check(`iframe height follows its content (${s.iframe} px for ${s.content} px)`, Math.abs(s.iframe - s.content) <= 2 && s.iframe !== 480);
  const width = await page.evaluate(() => {
    const f = document.querySelector("iframe.entente-embed");
    return [f.getBoundingClientRect().width, f.parentElement.getBoundingClientRect().width];
  });
  t.check("iframe is as wide as the post", Math.abs(width[0] - width[1]) < 1, JSON.stringify(width));
  checkClean(t, page);
  await page.context().close();

  // A bad URL next to a good one.
  const bad = await openPage(t, null);
  await bad.route(t.origin + "/test-bad-url.html", (route) => route.fulfill({ contentType: "text/html", body:
    '<!doctype html><html><body><h1>Post</h1><div data-entente-src="samples/missing-article.txt,samples/' +
    index.files[0] + '" data-panels="corpus"></div><script src="entente-embed.js" async></script></body></html>' }));
  await bad.goto(t.origin + "/test-bad-url.html");
  const second = await frameOf(bad);
  const r2 = await waitSettled(second.frame);
  t.check("the good URL loads", r2.documents.length === 2 && r2.documents[1].error === null && r2.documents[1].tokens > 0);
  t.check("the bad URL is a document with an error", /HTTP 404/.test(r2.documents[0].error || ""), r2.documents[0].error);
  const message = await second.frame.locator("#embed-message").innerText();
  t.check("the panel shows a message for the bad URL", /missing-article\.txt/.test(message) && /404/.test(message), message);
  bad.scriptErrors = bad.scriptErrors.filter((e) => !/404/.test(e)); // the expected failed fetch
  checkClean(t, bad);
  await bad.context().close();
}
