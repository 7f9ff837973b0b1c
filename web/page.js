// The page around the canvas: drag-and-drop anywhere, the "Open files..." input (a .json file among them
// becomes the topic lexicon), "Paste text", the status line, the sample corpus on first open, and keyboard
// routing between the DOM controls and the canvas.
(function () {
  "use strict";

  const entente = window.entente;
  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);
  let userLoaded = false; // the user (or the API) loaded something: the samples must not replace it
  let pastedCount = 0;

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
      (failed ? ", " + failed + " not analyzed" : "");
  }

  installDropZone();
  installOpenFiles();
  installPaste();
  entente.on("load", () => {
    if (entente.origin !== "samples") userLoaded = true;
  });
  entente.on("result", (result) => setStatus(describe(result)));
  window.addEventListener("resize", () => entente.wake());
  setStatus("Starting...");
  entente.ready.then(() => {
    setStatus("Ready");
    entente.hold(loadSamples());
  }, (e) => setStatus(String(e.message || e)));
})();
