// Embedding in a blog (issue 11): the wheel over the frame scrolls the blog when the embed does not use it;
// the frame's height follows its content both ways (also after Table view on and off); Table view is not
// clipped; hover state goes when the blog scrolls; the Share dialog's snippets keep the title and theme.
import { checkClean, openPage } from "./harness.mjs";
import { captureCanvas } from "./canvas_probe.mjs";

export const name = "embed scroll: wheel chaining, height both ways, Table view, tooltips, Share";

async function settledFrame(page) {
  const handle = await page.waitForSelector("iframe.entente-embed", { timeout: 20000 });
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.entente && window.entente.ready, null, { timeout: 60000 });
  await frame.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
  return { handle, frame };
}

// Waits until the iframe's height equals its content's (within 2 px); returns [iframe, content] heights.
async function heightsAgree(page, frame, timeout = 10000) {
  const read = async () => [Math.round((await page.evaluate(() =>
    document.querySelector("iframe.entente-embed").getBoundingClientRect().height))),
  Math.round(await frame.evaluate(() => document.body.getBoundingClientRect().height))];
  const until = Date.now() + timeout;
  let h = await read();
  while (Math.abs(h[0] - h[1]) > 2 && Date.now() < until) {
    await page.waitForTimeout(150);
    h = await read();
  }
  return h;
}

async function wheelAndHeight(t, page) {
  const { handle, frame } = await settledFrame(page);
  const [iframeH, contentH] = await heightsAgree(page, frame);
  const stage = await frame.evaluate(() => [document.querySelector(".embed-stage").getBoundingClientRect().height,
    window.entente.contentHeight()]);
  t.check(`frame height = content height (${iframeH} px for ${contentH} px)`, Math.abs(iframeH - contentH) <= 2);
  t.check(`no blank strip under the panels (stage ${Math.round(stage[0])} px, panels ${Math.round(stage[1])} px)`,
    Math.abs(stage[0] - stage[1]) <= 2);

  // The wheel over a panel's title bar (nothing there scrolls) moves the blog.
  const box = await handle.boundingBox();
  const rect = (await frame.evaluate(() => window.entente.views().find((v) => v.open).rect));
  const canvasTop = await frame.evaluate(() => document.getElementById("canvas").getBoundingClientRect().top);
  await page.mouse.move(box.x + rect[0] + rect[2] / 2, box.y + canvasTop + rect[1] + 8);
  await page.waitForTimeout(200);
  for (let i = 0; i < 6; ++i) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(300);
  const scrolled = await page.evaluate(() => window.scrollY);
  t.check(`the wheel over the embed scrolls the blog (scrollY ${scrolled})`, scrolled > 100);
  await page.evaluate(() => window.scrollTo(0, 0));

  // Table view on: the frame grows to the tables, nothing is clipped; off: it returns to its height.
  await frame.click("#table-view-button");
  const [onH, onContent] = await heightsAgree(page, frame);
  // Nothing cut off: the view and the page are no wider than the frame, and a wider table scrolls sideways
  // in its own box.
  const clip = await frame.evaluate(() => {
    const m = document.getElementById("mirror");
    const tables = Array.from(m.querySelectorAll(".mirror-table")).map((s) => {
      const t = s.querySelector("table");
      const wide = t ? t.getBoundingClientRect().width > s.clientWidth + 1 : false;
      return wide ? getComputedStyle(s).overflowX : "fits";
    });
    return { mirror: [m.scrollWidth, m.clientWidth, m.scrollHeight, m.clientHeight], tables,
      page: [document.documentElement.scrollWidth, window.innerWidth] };
  });
  t.check(`Table view: the frame grows to the tables (${onH} px for ${onContent} px)`, onH > iframeH && Math.abs(onH - onContent) <= 2);
  t.check("Table view: tables are not clipped", clip.mirror[0] <= clip.mirror[1] + 1 && clip.mirror[2] <= clip.mirror[3] + 1 &&
    clip.page[0] <= clip.page[1] + 1 && clip.tables.length >= 4 && clip.tables.every((x) => x === "fits" || x === "auto"),
    JSON.stringify(clip));
  await frame.click("#table-view-button");
  const [offH] = await heightsAgree(page, frame);
  t.check(`Table view off: the frame shrinks back (${offH} px, was ${iframeH} px)`, Math.abs(offH - iframeH) <= 2);
  return { handle, frame };
}

// Hover something in the frame, scroll the blog away and back without moving the mouse: the hover is gone.
async function hoverAfterScroll(t, page, handle, frame) {
  const before = await captureCanvas(frame);
  const box = await handle.boundingBox();
  const views = await frame.evaluate(() => window.entente.views().filter((v) => v.open));
  const canvasTop = await frame.evaluate(() => document.getElementById("canvas").getBoundingClientRect().top);
  let hovered = null;
  for (const v of views) {
    for (const f of [0.35, 0.55, 0.75]) {
      await page.mouse.move(box.x + v.rect[0] + v.rect[2] * 0.3, box.y + canvasTop + v.rect[1] + v.rect[3] * f);
      await page.waitForTimeout(150);
      const shot = await captureCanvas(frame);
      if (shot !== before) {
        hovered = shot;
        break;
      }
    }
    if (hovered) break;
  }
  t.check("hovering the embed changes its drawing (a highlight or tooltip)", hovered !== null);
  const y = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  await page.evaluate((back) => window.scrollTo(0, back), y);
  await page.waitForTimeout(300);
  const after = await captureCanvas(frame);
  t.check("after the blog scrolls, the hover highlight or tooltip is gone", hovered !== null && after !== hovered &&
    after === before);
}

async function shareKeepsTitleAndTheme(t) {
  const index = JSON.parse(await (await fetch(t.origin + "/samples/index.json")).text());
  const urls = index.files.slice(0, 2).map((n) => t.origin + "/samples/" + n);
  const app = await openPage(t, "/?src=" + urls.map(encodeURIComponent).join(",") + "&title=" +
    encodeURIComponent("Steel & trust: \"two\" texts") + "&theme=light");
  await app.evaluate(() => window.entente.ready.then(() => window.entente.idle()));
  await app.click("#share-button");
  const loader = await app.inputValue("#share-loader");
  const plain = await app.inputValue("#share-iframe");
  t.check("the loader snippet keeps data-title and data-theme",
    loader.includes('data-title="Steel &amp; trust: &quot;two&quot; texts"') && loader.includes('data-theme="light"'), loader);
  t.check("the iframe snippet keeps title and theme", /&amp;title=Steel%20%26%20trust/.test(plain) &&
    plain.includes("&amp;theme=light"), plain);
  await app.fill("#share-title-input", "Another title");
  await app.selectOption("#share-theme-input", "dark");
  const edited = await app.inputValue("#share-loader");
  t.check("editing the title and theme updates the snippet", edited.includes('data-title="Another title"') &&
    edited.includes('data-theme="dark"'), edited);
  checkClean(t, app);
  await app.context().close();

  const blog = await openPage(t, null);
  await blog.route(t.origin + "/test-share.html", (route) => route.fulfill({ contentType: "text/html",
    body: "<!doctype html><html><body><p>Post</p>" + edited + "<p>After</p></body></html>" }));
  await blog.goto(t.origin + "/test-share.html");
  const { frame } = await settledFrame(blog);
  const shown = await frame.evaluate(() => [document.getElementById("embed-title").textContent,
    document.documentElement.dataset.theme]);
  t.check("the pasted snippet shows its title and theme", shown[0] === "Another title" && shown[1] === "dark",
    JSON.stringify(shown));
  checkClean(t, blog);
  await blog.context().close();
}

export async function run(t) {
  for (const viewport of [{ width: 1024, height: 700 }, { width: 390, height: 844 }]) {
    t.note(`viewport ${viewport.width}x${viewport.height}`);
    const page = await openPage(t, "/blog-example.html", { viewport });
    const { handle, frame } = await wheelAndHeight(t, page);
    if (viewport.width === 1024) await hoverAfterScroll(t, page, handle, frame);
    checkClean(t, page);
    await page.context().close();
  }
  await shareKeepsTitleAndTheme(t);
}
