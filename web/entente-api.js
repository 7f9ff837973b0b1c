// window.entente: the JavaScript API of the page (tests, embedding, the page's own controls), and the
// Emscripten Module configuration. Load before entente_web.js.
//
//   await entente.ready                       the module is initialized
//   await entente.load([{name, bytes}], opts) analyzes the files (bytes: Uint8Array); resolves with result()
//                                             opts: {append: false, origin: "api"|"samples"|"files"|"urls",
//                                             urls: [...]}; a file may carry {error} instead of bytes
//   entente.result()                          the analysis as the CLI prints it (a fresh object)
//   entente.busy(), entente.progress()        the running analysis
//   await entente.idle()                      resolves once no load is pending or running
//   await entente.setLexicon(jsonOrObject)    counts lexicon topics with this lexicon (JSON text or object);
//                                             resolves with result(), rejects with Error("lexicon line N: ...")
//                                             and keeps the current lexicon when it is bad
//   entente.lexicon()                         the current lexicon (an object, long form)
//   entente.on(event, fn)                     "result" (after each new result), "first-frame", "no-webgl"
(function () {
  "use strict";

  const ORIGINS = { samples: 1, files: 2, api: 2, urls: 3 };
  const listeners = {};
  const waiters = []; // {id, resolve}
  let pendingReads = 0; // loads still reading files in JavaScript
  let resultCache = { generation: -1, text: "" };
  let resolveReady, rejectReady;

  const entente = {
    ready: new Promise((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
    webgl: true,
    firstFrameMs: null, // milliseconds from navigation start to the first drawn frame
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

  function addFile(file, url) {
    if (file.error || !(file.bytes instanceof Uint8Array)) {
      const why = file.error || "could not read the file";
      withStrings([file.name, why, url || ""], (n, e, u) => Module._entente_files_add_error(n, e, u));
      return;
    }
    const size = file.bytes.length;
    const data = Module._malloc(Math.max(size, 1));
    Module.HEAPU8.set(file.bytes, data);
    try {
      withStrings([file.name, url || ""], (n, u) => Module._entente_files_add(n, data, size, u));
    } finally {
      Module._free(data);
    }
  }

  function settleWaiters(generation) {
    for (let i = waiters.length - 1; i >= 0; --i) {
      if (waiters[i].id <= generation) waiters.splice(i, 1)[0].resolve(entente.result());
    }
  }

  entente.load = async function (files, options = {}) {
    await entente.ready;
    const list = Array.from(files || []);
    const urls = options.urls || [];
    Module._entente_files_begin();
    list.forEach((f, i) => addFile(f, urls[i]));
    const origin = ORIGINS[options.origin || "api"] || 2;
    const id = Module._entente_files_commit(options.append ? 1 : 0, origin);
    entente.origin = options.origin || "api";
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

  // Reads browser File objects (drop, file input) into {name, bytes} or {name, error}.
  entente.readFiles = async function (fileList) {
    pendingReads++;
    try {
      return await Promise.all(
        Array.from(fileList).map(async (file) => {
          try {
            return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
          } catch (e) {
            return { name: file.name, error: "could not read the file (" + (e && e.message ? e.message : e) + ")" };
          }
        })
      );
    } finally {
      pendingReads--;
    }
  };

  // The file name shown for a URL: the last path segment, else the host.
  function urlName(url) {
    const u = new URL(url, location.href);
    const last = decodeURIComponent(u.pathname.split("/").pop() || "");
    return last || u.host || url;
  }

  // Fetches text files by URL (same origin or CORS) and analyzes them. A URL that fails becomes a
  // document with an error saying why; the others load.
  entente.loadUrls = function (urls, options = {}) {
    const list = urls.map((u) => new URL(u, location.href).href);
    const fetched = Promise.all(
      list.map(async (url) => {
        try {
          const r = await fetch(url, { credentials: "omit", mode: "cors" });
          if (!r.ok) return { name: urlName(url), error: "could not load " + url + " (HTTP " + r.status + ")" };
          return { name: urlName(url), bytes: new Uint8Array(await r.arrayBuffer()) };
        } catch (e) {
          return { name: urlName(url), error: "could not load " + url + " (network or CORS error)" };
        }
      })
    );
    return entente.hold(fetched.then((files) => entente.load(files, { ...options, origin: "urls", urls: list })));
  };

  entente.result = function () {
    const generation = Module._entente_generation();
    if (resultCache.generation !== generation) {
      resultCache = { generation, text: Module.UTF8ToString(Module._entente_result_json()) };
    }
    return JSON.parse(resultCache.text);
  };
  entente.resultText = function () {
    entente.result();
    return resultCache.text;
  };
  entente.setLexicon = async function (lexicon) {
    await entente.ready;
    const text = typeof lexicon === "string" ? lexicon : JSON.stringify(lexicon, null, 2);
    const error = withStrings([text], (p) => Module.UTF8ToString(Module._entente_set_lexicon(p)));
    if (error) throw new Error(error);
    return entente.result();
  };
  entente.lexicon = () => JSON.parse(Module.UTF8ToString(Module._entente_lexicon_json()));
  entente.busy = () => pendingReads > 0 || waiters.length > 0 || Module._entente_busy() !== 0;
  entente.progress = () => Module._entente_progress();
  entente.stage = () => Module.UTF8ToString(Module._entente_stage());
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
      settleWaiters(value);
      emit("result", entente.result());
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

  // The UI font is fetched while the wasm downloads; main() starts once it is here (or failed).
  const fontRequest = fetch("fonts/entente-sans.ttf")
    .then((r) => (r.ok ? r.arrayBuffer() : null))
    .catch(() => null);

  // Keys typed into DOM controls must not reach the canvas' GLFW listeners (which would also swallow
  // Tab and Backspace), and Tab always moves the focus, so keyboard users can leave the canvas.
  // Registered before the module starts, so it runs first.
  function routeKeys() {
    const isControl = (t) => t && t !== document.body && t.id !== "canvas" && t !== document.documentElement;
    for (const type of ["keydown", "keypress", "keyup"]) {
      window.addEventListener(type, (e) => {
        if (isControl(e.target) || e.key === "Tab") e.stopImmediatePropagation();
      }, true);
    }
  }

  routeKeys();

  window.Module = {
    canvas: document.getElementById("canvas"),
    preRun: [
      () => {
        Module.addRunDependency("entente-font");
        fontRequest.then((buffer) => {
          Module.ententeFont = buffer ? new Uint8Array(buffer) : null;
          Module.removeRunDependency("entente-font");
        });
      },
    ],
    ententeHooks: { notify },
    printErr: (text) => console.warn(text),
    onAbort: (what) => {
      rejectReady(new Error("Entente failed to start: " + what));
      emit("abort", what);
    },
  };
  window.entente = entente;
})();
