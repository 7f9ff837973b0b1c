// The worker side of the page <-> worker messages, linked into entente_worker.js (--post-js). The page
// (web/entente-api.js) sends:
//   {type: "load", id, append, files: [{name, bytes: ArrayBuffer} | {name, error}]}   (bytes transferred)
//   {type: "lexicon", json, version}     {type: "stop-sampling"}
// and gets back "ready", then per load "section" messages ({id, name, bin, json, notify}: see
// worker_main.cpp), "progress" and "done"; "lexicon" answers a lexicon. The analysis runs in slices of a few
// tens of milliseconds, so that a new load or lexicon is read between two slices.
Module["ententeJson"] = {};
(function () {
  "use strict";
  var SLICE_MS = 40;
  var queue = [];
  var pumping = false;
  var channel = new MessageChannel(); // a zero-delay yield to the worker's event loop (setTimeout clamps)

  function pump() {
    if (Module["_worker_run"](SLICE_MS)) channel.port2.postMessage(0);
    else pumping = false;
  }
  channel.port1.onmessage = pump;

  function kick() {
    if (pumping) return;
    pumping = true;
    channel.port2.postMessage(0);
  }

  // _malloc that throws instead of handing back 0 (which the copies below would write through): the
  // page sees the worker fail with this message and starts a fresh one (web/entente-api.js startWorker).
  function alloc(size) {
    var p = _malloc(size);
    if (!p) throw new Error("out of memory: the analysis' heap (" + (HEAPU8.length >> 20) + " MB) is full");
    return p;
  }

  function withStrings(texts, fn) {
    var ptrs = texts.map(function (t) {
      var size = lengthBytesUTF8(t) + 1;
      var p = alloc(size);
      stringToUTF8(t, p, size);
      return p;
    });
    try {
      return fn.apply(null, ptrs);
    } finally {
      ptrs.forEach(function (p) { _free(p); });
    }
  }

  function addFile(f) {
    if (!(f.bytes instanceof ArrayBuffer)) {
      withStrings([f.name, f.error || "could not read the file"], function (n, e) { _worker_add_error(n, e); });
      return;
    }
    var size = f.bytes.byteLength;
    var data = alloc(Math.max(size, 1));
    HEAPU8.set(new Uint8Array(f.bytes), data);
    try {
      withStrings([f.name], function (n) { _worker_add(n, data, size); });
    } finally {
      _free(data);
    }
  }

  function handle(msg) {
    if (msg.type === "load") {
      msg.files.forEach(addFile);
      _worker_start(msg.id, msg.append ? 1 : 0);
      kick();
    } else if (msg.type === "lexicon") {
      withStrings([msg.json], function (p) { _worker_set_lexicon(p, msg.version); });
    } else if (msg.type === "stop-sampling") {
      _worker_stop_sampling();
    }
  }

  self.onmessage = function (e) {
    if (Module["ententeStarted"]) handle(e.data);
    else queue.push(e.data);
  };
  Module["postRun"] = function () { // after main() made the worker
    Module["ententeStarted"] = true;
    queue.splice(0).forEach(handle);
  };
})();
