// The worker side of the page <-> worker messages, linked into entente_worker.js (--post-js). The page
// (web/entente-worker-link.js) sends:
//   {type: "load", id, append, keep, files: [{name, bytes: ArrayBuffer} | {name, error}]}   (bytes transferred;
//   keep false: the page sends the whole corpus each time, so the worker keeps no copy of the files)
//   {type: "lexicon", json, version}     {type: "stop-sampling"}
// and gets back "ready", then per load "section" messages ({id, name, bin, json, notify}: see
// worker_main.cpp), "progress" and "done"; "lexicon" answers a lexicon. The analysis runs in slices of a few
// tens of milliseconds, so that a new load or lexicon is read between two slices.
//
// Topics are sampled by a second worker, started here from this same script under the name
// "entente-sampler" (no SharedArrayBuffer: the sampler's input and topics travel as transferred buffers):
// it gets {type: "sample", id, input} and {type: "finish" | "cancel"}, and answers
// {type: "discovered", id, bin, final} or {type: "sampler-error", id, message}. Where a worker cannot start
// another, or the second one fails, the first samples itself.
Module["ententeJson"] = {};
(function () {
  "use strict";
  var SLICE_MS = 40;
  var SAMPLER = "entente-sampler";
  var isSampler = self.name === SAMPLER;
  var queue = [];
  var pumping = false;
  var channel = new MessageChannel(); // a zero-delay yield to the worker's event loop (setTimeout clamps)
  var run = isSampler ? function () { return Module["_sampler_run"](SLICE_MS); }
    : function () { return Module["_worker_run"](SLICE_MS); };

  function pump() {
    if (run() === 1) channel.port2.postMessage(0);
    else pumping = false; // done, or (2) waiting for the sampler's topics: its message kicks the pump
  }
  channel.port1.onmessage = pump;

  function kick() {
    if (pumping) return;
    pumping = true;
    channel.port2.postMessage(0);
  }

  // _malloc that throws instead of handing back 0 (which the copies below would write through): the
  // page sees the worker fail with this message and starts a fresh one (web/entente-worker-link.js start).
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
    withBytes(f.bytes, function (data, size) {
      withStrings([f.name], function (n) { _worker_add(n, data, size); });
    });
  }

  // Calls fn(pointer, size) with a copy of `buffer` in the heap, freed afterwards.
  function withBytes(buffer, fn) {
    var size = buffer.byteLength;
    var data = alloc(Math.max(size, 1));
    HEAPU8.set(new Uint8Array(buffer), data);
    try {
      return fn(data, size);
    } finally {
      _free(data);
    }
  }

  function handleAsSampler(msg) {
    if (msg.type === "sample") {
      withBytes(msg.input, function (data, size) { _sampler_start(msg.id, data, size); });
      kick();
    } else if (msg.type === "finish") {
      _sampler_finish();
    } else if (msg.type === "cancel") {
      _sampler_cancel();
    }
  }

  // Messages of the second worker, to the first.
  function fromSampler(msg) {
    if (!Module["ententeStarted"]) return; // nothing was sent to it yet
    if (msg.type === "discovered") {
      withBytes(msg.bin, function (data, size) { _worker_discovered(msg.id, data, size, msg.final ? 1 : 0); });
      kick();
    } else if (msg.type === "sampler-error") {
      console.warn("Entente: the topic sampler failed: " + msg.message);
      samplerFailed();
    }
  }

  function samplerFailed() {
    if (Module["ententeSampler"]) Module["ententeSampler"].terminate();
    Module["ententeSampler"] = null;
    if (Module["ententeStarted"]) {
      _worker_sampler_failed();
      kick();
    }
  }

  if (!isSampler && typeof Worker === "function") {
    try {
      Module["ententeSampler"] = new Worker(self.location.href, { name: SAMPLER });
      Module["ententeSampler"].onmessage = function (e) { fromSampler(e.data); };
      Module["ententeSampler"].onerror = function (e) {
        e.preventDefault();
        console.warn("Entente: the topic sampler stopped: " + (e.message || "worker error"));
        samplerFailed();
      };
    } catch (e) {
      Module["ententeSampler"] = null; // this worker samples itself
    }
  }

  function handle(msg) {
    if (isSampler) return handleAsSampler(msg);
    if (msg.type === "load") {
      msg.files.forEach(addFile);
      _worker_start(msg.id, msg.append ? 1 : 0, msg.keep === false ? 0 : 1);
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
