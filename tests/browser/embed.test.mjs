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

  // The app's Share / Embed dialog offers both snippets for a corpus loaded by URL, and uses them.
  const urls = index.files.slice(0, 2).map((n) => t.origin + "/samples/" + n);
  const app = await openPage(t, "/?src=" + encodeURIComponent(urls.join(",")));
  const r3 = await app.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
  t.check("?src= loads the corpus in the app", r3.documents.length === 2 && r3.documents.every((d) => d.error === null));
  await app.click("#share-button");
  const loader = await app.inputValue("#share-loader");
  const plain = await app.inputValue("#share-iframe");
  t.check("Share shows the loader snippet with the URLs", loader.includes("entente-embed.js") && urls.every((u) => loader.includes(u)), loader);
  t.check("Share shows the plain iframe snippet", /<iframe src="[^"]*embed\.html\?src=/.test(plain) && /height="\d+"/.test(plain), plain);
  checkClean(t, app);
  await app.context().close();

  const blog = await openPage(t, null);
  await blog.route(t.origin + "/test-snippet.html", (route) => route.fulfill({ contentType: "text/html",
    body: "<!doctype html><html><body><p>Post</p>" + loader + "<p>After</p></body></html>" }));
  await blog.goto(t.origin + "/test-snippet.html");
  const pasted = await frameOf(blog);
  const r4 = await waitSettled(pasted.frame);
  t.check("the copied snippet works in a page", r4.documents.length === 2 && r4.documents.every((d) => d.error === null));
  checkClean(t, blog);
  await blog.context().close();
}
