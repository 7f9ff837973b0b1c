// The page around the canvas: drag-and-drop anywhere, the "Open files..." input (a .json file among them
// becomes the topic lexicon), "Paste text", the status line (with notices: a duplicate skipped, ...), the
// corpus saved in this browser (restored on opening, "Forget saved corpus"), else the sample corpus on first
// open (?nosaved skips the saved corpus, ?nosamples the samples), the first-run hint, and Escape for the
// page's menus.
(function () {
  "use strict";

  const entente = window.entente;
  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);
  let userLoaded = false; // the user (or the API) loaded something: the samples must not replace it
  let pastedCount = 0;
  let notice = ""; // the last corpus notice, shown with the status until the next load
  const HINT_SEEN = "entente-first-run-seen";

  function setStatus(text) {
    const el = $("status");
    if (el) {
      el.textContent = text;
      el.title = text;
    }
  }

  const isLexicon = (file) => /\.json$/i.test(file.name);

  // Applies a dropped or opened .json file as the topic lexicon; a bad one is reported and changes nothing.
  async function applyLexiconFile(file) {
    try {
      await entente.setLexicon(await file.text());
      setStatus("Lexicon " + file.name + " applied (" + entente.lexicon().topics.length + " topics)");
    } catch (e) {
      setStatus("Lexicon " + file.name + " not applied: " + (e && e.message ? e.message : e) +
        " (the current lexicon is kept)");
    }
  }

  async function loadUserFiles(fileList) {
    const all = Array.from(fileList || []);
    for (const file of all.filter(isLexicon)) await entente.hold(applyLexiconFile(file));
    fileList = all.filter((f) => !isLexicon(f));
    if (fileList.length === 0) return;
    userLoaded = true;
    closeHint();
    setStatus("Reading " + fileList.length + " file(s)...");
    // The load begins now (the old corpus disappears at once); the files follow once read.
    const files = entente.readFiles(fileList);
    files.then((list) => setStatus("Analyzing " + list.length + " file(s)..."));
    return entente.load(files, { append: true, origin: "files", transfer: true });
  }

  // Drag-and-drop anywhere on the page: a real drop event with files.
  function installDropZone() {
    const overlay = $("drop-overlay");
    let depth = 0;
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes("Files");
    window.addEventListener("dragenter", (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      overlay.hidden = false;
    });
    window.addEventListener("dragover", (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
    });
    window.addEventListener("dragleave", () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) overlay.hidden = true;
    });
    window.addEventListener("drop", (e) => {
      e.preventDefault();
      depth = 0;
      overlay.hidden = true;
      if (e.dataTransfer && e.dataTransfer.files) loadUserFiles(e.dataTransfer.files);
    });
  }

  function installOpenFiles() {
    const input = $("file-input");
    input.addEventListener("change", () => {
      const files = Array.from(input.files || []);
      input.value = "";
      loadUserFiles(files);
    });
  }

  function installPaste() {
    const dialog = $("paste-dialog");
    const text = $("paste-text");
    const name = $("paste-name");
    $("paste-button").addEventListener("click", () => {
      name.value = "Pasted text " + (pastedCount + 1) + ".txt";
      text.value = "";
      dialog.showModal();
      text.focus();
    });
    $("paste-clipboard").addEventListener("click", async () => {
      try {
        text.value = await navigator.clipboard.readText();
      } catch (e) {
        text.placeholder = "The browser did not allow reading the clipboard: paste with Ctrl+V here.";
      }
    });
    $("paste-cancel").addEventListener("click", () => dialog.close());
    dialog.addEventListener("submit", (e) => {
      e.preventDefault();
      const body = text.value;
      dialog.close();
      if (!body.trim()) return;
      pastedCount++;
      userLoaded = true;
      const fileName = (name.value.trim() || "Pasted text " + pastedCount + ".txt").replace(/[\\/]/g, "_");
      entente.load([{ name: fileName, bytes: new TextEncoder().encode(body) }],
        { append: true, origin: "files", transfer: true });
    });
  }

  // The corpus saved in this browser when there is one, else the samples.
  async function loadStart() {
    if (params.has("src")) return;
    if (!params.has("nosaved")) {
      const saved = await entente.restoreSaved();
      if (saved) {
        userLoaded = true;
        notice = "Restored " + saved.files.length + " document(s) saved in this browser";
        setStatus(describe(entente.result()));
        return;
      }
    }
    await loadSamples();
  }

  async function loadSamples() {
    if (params.has("nosamples") || params.has("src")) return;
    try {
      const index = await (await fetch("samples/index.json")).json();
      const files = await Promise.all(
        index.files.map(async (n) => {
          const r = await fetch("samples/" + encodeURIComponent(n));
          if (!r.ok) return { name: n, error: "could not load the sample (HTTP " + r.status + ")" };
          return { name: n, bytes: new Uint8Array(await r.arrayBuffer()) };
        })
      );
      if (userLoaded || files.length === 0) return;
      setStatus("Analyzing the sample corpus...");
      await entente.load(files, { origin: "samples", transfer: true });
    } catch (e) {
      console.warn("Entente: no sample corpus (" + e + ")");
    }
  }

  function describe(result) {
    const docs = result.documents || [];
    const failed = docs.filter((d) => d.error).length;
    const tokens = docs.reduce((n, d) => n + (d.tokens || 0), 0);
    return docs.length + " document(s), " + tokens.toLocaleString("en") + " tokens" +
      (failed ? ", " + failed + " not analyzed" : "") + (notice ? " - " + notice : "");
  }

  // "Forget saved corpus", shown while a copy of the user's corpus is saved in this browser.
  function installForget() {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.id = "forget-button";
    button.textContent = "Forget saved corpus";
    button.title = "Your files are saved in this browser only (IndexedDB on this machine, never sent anywhere) " +
      "so that they are here after a reload. Click to delete that copy.";
    button.hidden = true;
    $("status").before(button);
    button.addEventListener("click", () => entente.forget());
    entente.on("saved", (saved) => (button.hidden = !saved));
  }

  // A short hint on first open: where to drop files and what each panel shows. Closed by its button, by
  // Escape or by the first drop; not shown again in this browser.
  function installHint() {
    let seen = false;
    try {
      seen = localStorage.getItem(HINT_SEEN) === "1";
    } catch (e) {
      seen = false;
    }
    if (seen || params.has("src")) return;
    const hint = document.createElement("aside");
    hint.id = "first-run";
    hint.className = "first-run";
    hint.setAttribute("aria-label", "How to use Entente");
    const add = (tag, text) => hint.appendChild(Object.assign(document.createElement(tag), { textContent: text }));
    add("h2", "Welcome to Entente");
    add("p", "Drop text, Markdown or HTML files anywhere on this page (or use Open files... or Paste text). " +
      "They are analyzed in this browser and never uploaded.");
    const list = hint.appendChild(document.createElement("ul"));
    for (const line of ["Corpus: your documents, their size and any reading error.",
      "Topics: how often each topic's words occur, per document; the Lexicon tab edits the words.",
      "Discovered topics: word groups the sampler finds by itself.",
      "Deals: agreements between countries, with parties, item, value, year and status.",
      "Overlap heatmap: how much text each pair of documents shares.",
      "Side by side: the shared passages of the pair you click in the heatmap.",
      "Hover a column header or a (?) for what it means; Ctrl+Z undoes a removal."]) {
      list.appendChild(Object.assign(document.createElement("li"), { textContent: line }));
    }
    const close = hint.appendChild(Object.assign(document.createElement("button"),
      { type: "button", className: "button primary", id: "first-run-close", textContent: "Got it" }));
    close.addEventListener("click", closeHint);
    document.body.appendChild(hint);
  }

  function closeHint() {
    const hint = $("first-run");
    if (!hint) return;
    hint.remove();
    try {
      localStorage.setItem(HINT_SEEN, "1");
    } catch (e) {
      // storage refused: the hint shows again next time
    }
  }

  // Escape closes the first-run hint and an open menu of the toolbar (dialogs close on Escape by themselves).
  function installEscape() {
    entente.on("escape", () => {
      closeHint();
      for (const menu of document.querySelectorAll("details.menu[open]")) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  installDropZone();
  installOpenFiles();
  installPaste();
  installForget();
  installHint();
  installEscape();
  entente.on("begin", () => (notice = ""));
  entente.on("notice", (text) => {
    notice = text;
    setStatus(describe(entente.result()));
  });
  entente.on("load", () => {
    if (entente.origin !== "samples") userLoaded = true;
  });
  entente.on("result", (result) => setStatus(describe(result)));
  window.addEventListener("resize", () => entente.wake());
  setStatus("Starting...");
  entente.ready.then(() => {
    setStatus("Ready");
    entente.hold(loadStart());
  }, (e) => setStatus(String(e.message || e)));
})();
