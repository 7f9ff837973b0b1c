// window.entente: the JavaScript API of the page (tests, embedding, the page's own controls). Load after
// entente-sections.js, entente-worker-link.js and entente-start.js (the Module configuration), before
// entente_web.js.
//
//   await entente.ready                       the module is initialized
//   await entente.load([{name, bytes}], opts) analyzes the files (bytes: Uint8Array; or a promise of them:
//                                             the old corpus is cleared at once); resolves with result()
//                                             opts: {append: false, origin: "api"|"samples"|"files"|"urls",
//                                             urls: [...], transfer: false}; a file may carry {error} instead
//                                             of bytes. The page keeps the bytes (undo, the saved copy)
//                                             and the worker gets copies (transfer is accepted, ignored)
//   entente.result()                          the analysis as the CLI prints it (a fresh object, each key
//                                             parsed when first read); while a load runs, the sections
//                                             ready so far
//   entente.resultText()                      the same as compact JSON text (the CLI's bytes with --compact)
//   entente.spanText(doc, start, end)         the text of document `doc` (id) at those byte offsets: the
//                                             contract gives evidence, passages and mentions as offsets
//   entente.busy(), entente.progress()        the running analysis; entente.loadState() {busy, stage,
//                                             progress, documents (shown now)}
//   entente.cancel()                          drops the running load (the worker is restarted)
//   await entente.idle()                      resolves once no load is pending or running
//   await entente.setLexicon(jsonOrObject)    counts lexicon topics with this lexicon (JSON text or object);
//                                             resolves with result(), rejects with Error("lexicon line N: ...")
//                                             and keeps the current lexicon when it is bad
//   entente.lexicon()                         the current lexicon (an object, long form)
//   entente.removeDocuments([i, ...])         removes documents (indexes in document order); undoable
//   entente.clearCorpus()                     removes every document; undoable. Both re-analyze the rest and
//                                             resolve with result()
//   await entente.undo()                      reverts the last destructive action (also the undo bar's
//                                             button and Ctrl+Z); resolves with what was undone ("" none)
//   entente.corpusNames()                     the corpus' file names in document order
//   entente.saved, await entente.forget()     whether a copy of the user's corpus is saved in this browser
//                                             (IndexedDB, restored after a reload; never sent anywhere);
//                                             forget() deletes it
//   entente.probe()                           for tests: where widgets were drawn, the help tooltip shown,
//                                             the undo label and the last notice
//   entente.on(event, fn)                     "result" (after each complete result), "section" (a part of
//                                             the running load arrived: its name), "begin" (a load began
//                                             and cleared the result: {id}), "done" (the worker
//                                             finished a load: {id, ms}), "failure" (the worker stopped,
//                                             e.g. its heap was full: why; also entente.lastFailure; a
//                                             fresh worker takes the next load), "first-frame", "no-webgl",
//                                             "notice" (text: a duplicate skipped, a file replaced, ...),
//                                             "saved" (true/false: the saved copy changed), "escape"
//                                             (the keydown of Escape, wherever the focus is)
//
// Loads that add to the user's files skip a file whose text is already there and replace a file of the same
// name with its new version (with a notice; the replacement can be undone).
//
// The analysis runs in a plain Web Worker (entente_worker.js, no SharedArrayBuffer): files go to it as
// transferred ArrayBuffers; it sends each result section as soon as its stage is done, as binary for the
// canvas (decoded by the wasm module into its structs) and as contract JSON kept here for result().
(function () {
  "use strict";

  const ORIGINS = { samples: 1, files: 2, api: 2, urls: 3 };
  const listeners = {};
  const waiters = []; // {id, resolve}
  let pendingReads = 0; // loads still reading files in JavaScript
  let resolveReady, rejectReady;
  // The contract's JSON by top-level key, as the worker sent it (UTF-8 ArrayBuffers), in contract order.
  let sections = { keys: [], parts: {} };
  let emptySections = sections; // an empty result's (the worker's "reset"), shown after a cancel
  let resultText = null; // sections joined, built when first asked for
  const Sections = window.EntenteSections; // web/entente-sections.js

  const entente = {
    ready: new Promise((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
    webgl: true,
    firstFrameMs: null, // milliseconds from navigation start to the first drawn frame
    lastLoadMs: null, // the worker's time for the last complete load, in milliseconds
    workerMemory: null, // the worker's wasm memory after the last complete load, in bytes (its peak)
    workerMemoryBySection: {}, // the worker's wasm memory when it sent each section of the last load (bench)
    lastFailure: null, // why the worker last stopped (also the "failure" event), e.g. its heap was full
    on(event, fn) {
      (listeners[event] = listeners[event] || []).push(fn);
    },
    off(event, fn) {
      listeners[event] = (listeners[event] || []).filter((f) => f !== fn);
    },
  };

  function emit(event, value) {
    for (const fn of listeners[event] || []) {
      try {
        fn(value);
      } catch (e) {
        console.error(e);
      }
    }
  }

  // Copies a JavaScript string into wasm memory; the caller frees it.
  function cString(text) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    return ptr;
  }

  function withStrings(texts, fn) {
    const ptrs = texts.map((t) => cString(String(t)));
    try {
      return fn(...ptrs);
    } finally {
      ptrs.forEach((p) => Module._free(p));
    }
  }

  // Resolves the loads up to `loadId` with `result` (parsed once for them and the "result" listeners).
  function settleWaiters(loadId, result) {
    for (let i = waiters.length - 1; i >= 0; --i) {
      if (waiters[i].id <= loadId) waiters.splice(i, 1)[0].resolve(result);
    }
  }

  // ---------------------------------------------------------------- the worker (web/entente-worker-link.js)
  function onSection(m) {
    if (m.name === "reset") entente.workerMemoryBySection = {};
    entente.workerMemoryBySection[m.name] = m.memory;
    if (m.name === "reset") {
      sections = { keys: Object.keys(m.json), parts: m.json };
      emptySections = { keys: sections.keys, parts: { ...m.json } };
    }
    else Object.assign(sections.parts, m.json);
    resultText = null;
    Sections.apply(m);
    if (Object.keys(m.json).length > 0 || m.name === "discovered") emit("section", m.name); // not for a first part
  }

  // A fresh worker took over from one that failed or was cancelled while running load `id` (0: none).
  function onRestart(why, id) {
    sections = { keys: emptySections.keys, parts: { ...emptySections.parts } };
    resultText = null;
    if (corpusEdit) corpusEdit.reset(); // the new worker holds no files
    if (id) withStrings([why], (p) => Module._entente_load_done(id, p));
  }

  function onFailure(why) {
    entente.lastFailure = why;
    emit("failure", why);
  }

  function onDone(m) {
    entente.lastLoadMs = m.value;
    entente.workerMemory = m.memory;
    emit("done", { id: m.id, ms: m.value });
    if (corpusEdit) corpusEdit.persist();
    withStrings([""], (p) => Module._entente_load_done(m.id, p));
  }

  // Requests from the wasm module (web_bridge.cpp js_worker).
  function workerRequest(request, text) {
    if (link.request(request, text)) return;
    if (request === "cancel") {
      queueMicrotask(() => entente.cancel());
    } else if (request.startsWith("corpus-") && corpusEdit) {
      queueMicrotask(() => corpusEdit.request(request.slice(7), text));
    }
  }

  entente.cancel = () => link.cancel();

  // The corpus (undo, duplicates, the saved copy): web/corpus-edit.js; the embed page has none.
  const corpusEdit = window.EntenteCorpusEdit ? window.EntenteCorpusEdit.attach(entente, { emit, withStrings }) : null;
  entente.undo = async function () {
    await entente.ready;
    return Module.UTF8ToString(Module._entente_undo());
  };

  entente.probe = () => JSON.parse(Module.UTF8ToString(Module._entente_probe_json()));

  entente.load = async function (files, options = {}) {
    await entente.ready;
    const pending = files && typeof files.then === "function"; // still being read: begin (and clear) now
    (options.urls || []).forEach((u) => withStrings([u], (p) => Module._entente_load_url(p)));
    const origin = options.origin || "api";
    const id = Module._entente_load_begin(pending ? 0 : Array.from(files || []).length, options.append ? 1 : 0,
      ORIGINS[origin] || 2);
    const append = Module._entente_load_appends() === 1;
    link.begin(id);
    sections = { keys: emptySections.keys, parts: { ...emptySections.parts } };
    resultText = null;
    emit("begin", { id });
    const list = Array.from((pending ? await files : files) || []);
    if (link.running() !== id) return entente.result(); // another load began while these files were read
    const urls = options.urls || [];
    const { files: send, appendToWorker } = corpusEdit ? corpusEdit.update(list, urls, append, origin, options.restore)
      : { files: list.map((f) => (f.bytes instanceof Uint8Array && !f.error ? f : { name: f.name, error: f.error })),
        appendToWorker: append };
    // The page keeps each file's bytes (for undo and the saved copy): the worker gets copies.
    const message = send.map((f) => (f.bytes ? { name: f.name, bytes: f.bytes.slice().buffer } : { name: f.name, error: f.error }));
    // With the corpus kept here (corpusEdit), every load sends all of it: the worker keeps no copy.
    link.load({ type: "load", id, append: appendToWorker, keep: !corpusEdit, files: message },
      message.filter((f) => f.bytes).map((f) => f.bytes));
    entente.origin = origin;
    entente.sourceUrls = entente.origin === "urls" ? urls.slice() : [];
    emit("load", { id, files: list.length });
    return new Promise((resolve) => waiters.push({ id, resolve }));
  };

  // Counts `promise` as pending work (for busy() and idle()) until it settles; returns it.
  entente.hold = function (promise) {
    pendingReads++;
    const done = () => pendingReads--;
    promise.then(done, done);
    return promise;
  };

  // Reads browser File objects (drop, file input) into {name, bytes} or {name, error}. Sizes are checked
  // before reading (web/url-texts.js LIMITS): a file over the per-file limit, or past the total or count
  // limit of this read, is never read and gets the core's message; the others are read.
  entente.readFiles = async function (fileList) {
    const U = window.EntenteUrlTexts;
    pendingReads++;
    try {
      let total = 0;
      return await Promise.all(Array.from(fileList).map(async (file, i) => {
        if (file.size > U.LIMITS.fileBytes) return { name: file.name, error: U.tooLarge(file.size) };
        if (i >= U.LIMITS.files) return { name: file.name, error: "file count limit reached (" + U.LIMITS.files + " files in all): file skipped" };
        if ((total += file.size) > U.LIMITS.totalBytes) {
          return { name: file.name, error: "corpus size limit reached (" + U.LIMITS.totalBytes / 1048576 + " MB in all): file skipped" };
        }
        try {
          return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
        } catch (e) {
          return { name: file.name, error: "could not read the file (" + (e && e.message ? e.message : e) + ")" };
        }
      }));
    } finally {
      pendingReads--;
    }
  };

  // Fetches text files by URL (web/url-texts.js: http(s) only, at most the per-file limit each, resolved
  // against the page) and analyzes them. A URL that fails becomes a document with an error saying why;
  // the others load.
  entente.loadUrls = function (urls, options = {}) {
    const fetched = Promise.all(urls.map(window.EntenteUrlTexts.fetchText));
    return entente.hold(fetched.then((files) =>
      entente.load(files, { ...options, origin: "urls", urls: files.map((f) => f.url), transfer: true })));
  };

  entente.resultText = function () {
    if (resultText === null) resultText = Sections.text(sections);
    return resultText;
  };
  // Each top-level key parsed from its own section's JSON when first read (web/entente-sections.js).
  entente.result = () => Sections.lazy(sections);
  entente.setLexicon = async function (lexicon) {
    await entente.ready;
    const text = typeof lexicon === "string" ? lexicon : JSON.stringify(lexicon, null, 2);
    const error = withStrings([text], (p) => Module.UTF8ToString(Module._entente_set_lexicon(p)));
    if (error) throw new Error(error);
    await link.lexiconConfirmed(); // sent to the worker by the call above
    return entente.result();
  };
  entente.lexicon = () => JSON.parse(Module.UTF8ToString(Module._entente_lexicon_json()));
  entente.spanText = (doc, start, end) => Module.UTF8ToString(Module._entente_span_text(doc, start, end));
  entente.busy = () => pendingReads > 0 || waiters.length > 0 || Module._entente_busy() !== 0;
  entente.progress = () => Module._entente_progress();
  entente.stage = () => Module.UTF8ToString(Module._entente_stage());
  entente.loadState = () => ({ busy: Module._entente_busy() !== 0, stage: entente.stage(), progress: entente.progress(),
    documents: Module._entente_shown_documents() });
  entente.idle = async function () {
    await entente.ready;
    while (entente.busy()) await new Promise((r) => setTimeout(r, 50));
    return entente.result();
  };
  entente.setPanels = (ids, compact) => withStrings([ids.join(",")], (p) => Module._entente_set_panels(p, compact ? 1 : 0));
  entente.contentHeight = () => Module._entente_content_height();
  entente.views = () => JSON.parse(Module.UTF8ToString(Module._entente_views_json()));
  entente.setViewOpen = (id, open) => withStrings([id], (p) => Module._entente_set_view_open(p, open ? 1 : 0));
  entente.wake = () => Module._entente_wake && Module._entente_wake();

  // Called from C++ (web_bridge.cpp js_notify).
  function notify(event, value) {
    if (event === "ready") {
      emit("ready", entente);
      resolveReady(entente);
    } else if (event === "result") {
      const result = entente.result();
      settleWaiters(value, result);
      emit("result", result);
    } else if (event === "first-frame") {
      entente.firstFrameMs = performance.now();
      emit("first-frame", entente.firstFrameMs);
    } else if (event === "no-webgl") {
      entente.webgl = false;
      emit("no-webgl");
    } else {
      emit(event, value);
    }
  }

  // The page's start-up (web/entente-start.js): the UI font, key routing, the canvas' context, the Module.
  const start = window.EntenteStart;
  const fontRequest = start.fetchFont();
  start.routeKeys(emit);
  const link = window.EntenteWorkerLink.attach({ failed: onFailure, withStrings, section: onSection,
    restarted: onRestart, done: onDone });
  start.makeCanvasContext();
  window.Module = start.moduleConfig({ notify, worker: workerRequest }, fontRequest, emit, rejectReady);
  window.entente = entente;
})();
