// Editing the user's corpus (window.EntenteCorpusEdit, attached by entente-api.js): the files the worker
// holds, kept with their bytes; duplicates skipped and new versions replacing old ones as a drop comes in
// (corpus-store.js merge); removing documents and clearing, each undoable (the page keeps a snapshot, the
// canvas' undo stack holds its id); and the copy saved in this browser after each load, restored on opening.
(function () {
  "use strict";

  const MAX_SNAPSHOTS = 50;

  // Installs the corpus functions on `entente`; `internal` gives emit(event, value) and withStrings(texts, fn).
  // Returns the hooks entente-api.js calls: update() when a load begins, persist() when it is done, request()
  // for the canvas' "remove", "clear" and "restore", reset() when the worker restarts.
  function attach(entente, internal) {
    const { emit, withStrings } = internal;
    // The corpus the worker holds, in document order: {name, bytes (kept), url} or {name, error, url}.
    let corpus = { files: [], origin: "api" };
    const snapshots = new Map(); // id -> {files, origin}: corpora before an undoable change
    let nextSnapshot = 0;
    let saving = true; // save the user's corpus in this browser after each load (off after forget())

    // A notice about the corpus: the status line (the page's "notice" listener) and the canvas' undo bar.
    function notice(text) {
      entente.lastNotice = text;
      emit("notice", text);
      entente.ready.then(() => withStrings([text], (p) => Module._entente_set_notice(p)));
    }

    // Keeps the corpus as it is now, so that undo restores it, as the undo entry `label`.
    function rememberCorpus(label) {
      const id = ++nextSnapshot;
      snapshots.set(id, { files: corpus.files.slice(), origin: corpus.origin });
      if (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value);
      withStrings([label], (p) => Module._entente_push_corpus_undo(p, id));
    }

    // The corpus after a load of `list` begins; returns the files to send to the worker (all of the corpus'
    // files) and appendToWorker (false). Adding user files skips the ones already there and replaces older
    // versions (see corpus-store.js).
    function updateCorpus(list, urls, append, origin, restoring) {
      const incoming = list.map((f, i) => (f.error || !(f.bytes instanceof Uint8Array)
        ? { name: f.name, error: f.error || "could not read the file", url: urls[i] }
        : { name: f.name, bytes: f.bytes, url: urls[i] }));
      const before = append ? corpus.files : [];
      const store = window.EntenteCorpus;
      const merged = !restoring && (append || origin === "files") ? store.merge(before, incoming)
        : { files: before.concat(incoming), appended: incoming, replaced: [], notices: [] };
      if (merged.replaced.length) rememberCorpus("Replaced " + merged.replaced.join(", ") + " by the new version");
      corpus = { files: merged.files, origin };
      if (origin === "files" && !restoring) saving = true;
      if (merged.notices.length) notice(store.summarize(merged.notices));
      // The worker gets the whole corpus each time (it keeps no copy of the files: 85 MB at 10,000 documents).
      return { files: merged.files, appendToWorker: false };
    }

    function reload(files, origin) {
      return entente.load(files, { origin, restore: true, urls: origin === "urls" ? files.map((f) => f.url) : [] });
    }

    function restoreSnapshot(id) {
      const s = snapshots.get(id);
      if (!s) return notice("That change can no longer be undone.");
      snapshots.delete(id);
      return reload(s.files, s.origin);
    }

    // Saves the user's corpus in this browser once its load is done (samples and URL corpora are not saved).
    function persist() {
      if (!saving || corpus.origin !== "files") return;
      const files = corpus.files;
      window.EntenteCorpus.save(files).then(() => {
        entente.saved = files.length > 0;
        emit("saved", entente.saved);
      }, (e) => notice("The corpus could not be saved in this browser (" + (e && e.message ? e.message : e) + ")."));
    }

    entente.saved = false;
    entente.corpusNames = () => corpus.files.map((f) => f.name);

    entente.removeDocuments = async function (indexes) {
      await entente.ready;
      if (corpus.files.length !== Module._entente_shown_documents()) {
        notice("Documents can be removed once the analysis has shown them all.");
        return entente.result();
      }
      const drop = new Set(indexes.map(Number));
      const names = corpus.files.filter((_, i) => drop.has(i)).map((f) => f.name);
      if (names.length === 0) return entente.result();
      rememberCorpus(names.length === 1 ? "Removed " + names[0] : "Removed " + names.length + " documents");
      return reload(corpus.files.filter((_, i) => !drop.has(i)), corpus.origin);
    };

    entente.clearCorpus = async function () {
      await entente.ready;
      if (corpus.files.length === 0) return entente.result();
      rememberCorpus("Cleared the corpus (" + corpus.files.length + " documents)");
      return reload([], corpus.origin);
    };

    // Loads the corpus saved in this browser, if there is one; resolves with it ({files, saved}) or null.
    entente.restoreSaved = async function () {
      const saved = await window.EntenteCorpus.restore();
      if (!saved) return null;
      entente.saved = true;
      emit("saved", true);
      await entente.load(saved.files, { origin: "files", restore: true });
      return saved;
    };

    entente.forget = async function () {
      saving = false;
      await window.EntenteCorpus.forget();
      entente.saved = false;
      emit("saved", false);
      notice("The copy of your corpus saved in this browser is deleted.");
    };

    function request(op, arg) {
      if (op === "remove") return entente.removeDocuments(arg.split(",").map(Number));
      if (op === "clear") return entente.clearCorpus();
      if (op === "restore") return restoreSnapshot(Number(arg));
      return null;
    }

    // The worker was restarted (cancel, failure): it holds no files.
    function reset() {
      corpus = { files: [], origin: "api" };
    }

    return { update: updateCorpus, persist, request, reset };
  }

  window.EntenteCorpusEdit = { attach };
})();
