// The user's corpus as the page keeps it: merging a new drop into it (a file already there is skipped, a new
// version of a file replaces the old one, each with a notice) and a copy in this browser's IndexedDB, so that
// the corpus survives a reload. The copy stays on this machine: nothing is sent anywhere, and forget()
// deletes it. Used by entente-api.js (window.EntenteCorpus).
(function () {
  "use strict";

  const DB_NAME = "entente";
  const STORE = "corpus";
  const KEY = "current";

  function sameBytes(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; ++i) if (a[i] !== b[i]) return false;
    return true;
  }

  // The first file of `files` holding exactly `bytes` (files without bytes never match), or null.
  function findSame(files, bytes) {
    return files.find((f) => f.bytes instanceof Uint8Array && sameBytes(f.bytes, bytes)) || null;
  }

  // Merges `incoming` files ({name, bytes} or {name, error}) into `current` (in document order). A file with
  // the same text as one already there (under any name) is skipped; a file with the name of one already
  // there but another text replaces it in place; the others are appended. Returns {files, appended,
  // replaced: [names], skipped: [names], notices: [text]}.
  function merge(current, incoming) {
    const files = current.slice();
    const appended = [], replaced = [], skipped = [], notices = [];
    for (const f of incoming) {
      const same = f.bytes instanceof Uint8Array ? findSame(files, f.bytes) : null;
      if (same) {
        skipped.push(f.name);
        notices.push(f.name === same.name ? f.name + " is already in the corpus: skipped"
          : f.name + " has the same text as " + same.name + ": skipped");
        continue;
      }
      const at = files.findIndex((g) => g.name === f.name);
      if (at >= 0 && f.bytes instanceof Uint8Array) {
        files[at] = f;
        replaced.push(f.name);
        notices.push(f.name + " replaced by the new version");
      } else {
        files.push(f);
        appended.push(f);
      }
    }
    return { files, appended, replaced, skipped, notices };
  }

  // "a.txt is already in the corpus: skipped" or "3 files skipped or replaced: ..." for the status line.
  function summarize(notices) {
    if (notices.length <= 1) return notices[0] || "";
    return notices.length + " files skipped or replaced: " + notices.join("; ");
  }

  function openDb() {
    return new Promise((resolve, reject) => {
      if (!window.indexedDB) return reject(new Error("this browser has no IndexedDB"));
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  // Runs `fn(store)` in a transaction; resolves with the request's result once the transaction completes.
  async function withStore(mode, fn) {
    const db = await openDb();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = fn(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = tx.onabort = () => reject(tx.error || new Error("IndexedDB transaction failed"));
      });
    } finally {
      db.close();
    }
  }

  // Saves the corpus' files ({name, bytes} or {name, error}) in this browser; an empty list deletes the copy.
  function save(files) {
    if (files.length === 0) return forget();
    const record = { version: 1, saved: Date.now(), files: files.map((f) => (f.bytes instanceof Uint8Array
      ? { name: f.name, bytes: f.bytes } : { name: f.name, error: f.error || "could not read the file" })) };
    return withStore("readwrite", (s) => s.put(record, KEY));
  }

  // The saved corpus: {files, saved (ms since 1970)}, or null when there is none (or IndexedDB fails).
  async function restore() {
    try {
      const record = await withStore("readonly", (s) => s.get(KEY));
      if (!record || record.version !== 1 || !Array.isArray(record.files) || record.files.length === 0) return null;
      return { files: record.files, saved: record.saved };
    } catch (e) {
      console.warn("Entente: the saved corpus could not be read (" + e + ")");
      return null;
    }
  }

  // Deletes the saved copy.
  function forget() {
    return withStore("readwrite", (s) => s.delete(KEY));
  }

  window.EntenteCorpus = { merge, summarize, save, restore, forget };
})();
