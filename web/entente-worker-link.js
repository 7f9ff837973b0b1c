// The analysis worker as the page sees it, for web/entente-api.js (window.EntenteWorkerLink): starts it (and a
// fresh one after a failure or a cancel), hands it loads and the lexicon, and passes on what it sends: sections
// and the end of a load to entente-api.js, progress to the page's module. Load before entente-api.js.
(function () {
  "use strict";

  // hooks: failed(why) (the worker stopped by itself), withStrings(texts, fn), section(message) (a part of the running load's result,
  // or the worker's "reset"), restarted(why, loadId) (a fresh worker took over; loadId: the load it dropped,
  // 0 when none), done(message) (the running load is complete, with the lexicon last sent).
  function attach(hooks) {
    let worker = null;
    let runningLoad = 0; // id of the load the worker runs, 0 when none
    let lexiconJson = ""; // the lexicon sent to the worker (sent again when it restarts)
    let lexiconVersion = 0;
    let lexiconApplied = 0; // the last version the worker confirmed
    const lexiconWaiters = []; // {version, resolve}
    // A load's "done" that came while a lexicon sent during the load was still unconfirmed: the worker had
    // finished with the old lexicon and recounts when it reads the new one, so the load ends after that.
    let doneAwaitingLexicon = null;

    function start() {
      worker = new Worker("entente_worker.js");
      worker.onmessage = (e) => onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        const why = "The analysis stopped: " + (e.message || "the worker failed").replace(/^Uncaught (Error: )?/, "") +
          " (the files may be too large for this browser). Drop files again to analyze them.";
        console.warn("Entente: " + why);
        hooks.failed(why);
        restart(why);
      };
      if (lexiconJson) worker.postMessage({ type: "lexicon", json: lexiconJson, version: lexiconVersion });
    }

    // Ends the worker and its load (shown as `why`), and starts a fresh one.
    function restart(why) {
      worker.terminate();
      const id = runningLoad;
      runningLoad = 0;
      start();
      lexiconApplied = lexiconVersion;
      doneAwaitingLexicon = null;
      lexiconWaiters.splice(0).forEach((w) => w.resolve());
      hooks.restarted(why, id);
    }

    function onMessage(m) {
      if (m.type === "section") {
        if (m.id === runningLoad || m.notify) hooks.section(m); // else a dropped load's
      } else if (m.type === "progress") {
        if (m.id !== runningLoad) return;
        hooks.withStrings([m.stage, m.unit], (s, u) =>
          Module._entente_load_progress(m.id, s, m.fraction, m.done, m.total, u, m.eta, m.files));
      } else if (m.type === "done") {
        if (lexiconApplied < lexiconVersion) doneAwaitingLexicon = m;
        else finish(m);
      } else if (m.type === "lexicon") {
        lexiconApplied = Math.max(lexiconApplied, m.value);
        for (let i = lexiconWaiters.length - 1; i >= 0; --i) {
          if (lexiconWaiters[i].version <= m.value) lexiconWaiters.splice(i, 1)[0].resolve();
        }
        const done = doneAwaitingLexicon;
        if (done && lexiconApplied >= lexiconVersion) {
          doneAwaitingLexicon = null;
          finish(done);
        }
      }
    }

    function finish(m) {
      if (m.id !== runningLoad) return;
      runningLoad = 0;
      hooks.done(m);
    }

    start(); // compiles while the page's module downloads
    return {
      // The id of the load the worker runs (0: none); begin(id) makes `id` the running one (an older one's
      // messages are dropped from then on).
      running: () => runningLoad,
      begin(id) {
        runningLoad = id;
      },
      // Sends load `id` (a message for worker_glue.js) with its buffers transferred.
      load(message, transfer) {
        worker.postMessage(message, transfer);
      },
      // Requests from the wasm module (web_bridge.cpp js_worker) for the worker: "lexicon" (text: its JSON)
      // and "stop-sampling"; false for any other request.
      request(request, text) {
        if (request === "lexicon") {
          lexiconJson = text;
          worker.postMessage({ type: "lexicon", json: text, version: ++lexiconVersion });
        } else if (request === "stop-sampling") {
          worker.postMessage({ type: "stop-sampling" });
        } else {
          return false;
        }
        return true;
      },
      // Resolves when the worker has counted with the lexicon last sent (or a fresh worker took over).
      lexiconConfirmed() {
        const version = lexiconVersion;
        return new Promise((resolve) => lexiconWaiters.push({ version, resolve }));
      },
      // Drops the running load, if any (the worker is restarted).
      cancel() {
        if (runningLoad) restart("Cancelled: drop files to analyze them again.");
      },
    };
  }

  window.EntenteWorkerLink = { attach };
})();
