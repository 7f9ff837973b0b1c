// The result's sections as the analysis worker sends them, for web/entente-api.js (window.EntenteSections):
// a section's binary handed to the page's wasm module, and the contract JSON ({keys, parts}: UTF-8 bytes by
// top-level key) joined into the CLI's text or read as a lazily parsed object. Load before entente-api.js.
(function () {
  "use strict";

  const utf8 = new TextDecoder();

  // Hands a section's binary to the wasm module (copied into its memory for the call).
  function apply(m) {
    const size = m.bin.byteLength;
    if (size === 0) return;
    const data = Module._malloc(size);
    if (!data) { // the page's own heap is full: drop the section rather than write through a null pointer
      console.warn("Entente: no memory for a result section of " + size + " bytes");
      return;
    }
    Module.HEAPU8.set(new Uint8Array(m.bin), data);
    try {
      Module._entente_load_section(m.id, data, size, m.notify ? 1 : 0);
    } finally {
      Module._free(data);
    }
  }

  // The sections joined as compact JSON text (the CLI's bytes with --compact).
  function text(sections) {
    const { keys, parts } = sections;
    return "{" + keys.filter((k) => parts[k]).map((k) => JSON.stringify(k) + ":" + utf8.decode(parts[k])).join(",") + "}";
  }

  // The result as an object whose top-level keys are parsed from their own section's JSON when first read:
  // a listener that reads the documents never pays for parsing the mentions or the deals of a big corpus.
  // JSON.stringify, Object.keys and every read see the same values as JSON.parse(text(sections)).
  function lazy(sections) {
    const { keys, parts } = sections;
    const out = {};
    const settle = (key, value) =>
      Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
    for (const key of keys) {
      const bytes = parts[key];
      if (!bytes) continue;
      Object.defineProperty(out, key, {
        enumerable: true,
        configurable: true,
        get() {
          const value = JSON.parse(utf8.decode(bytes));
          settle(key, value);
          return value;
        },
        set(value) {
          settle(key, value);
        },
      });
    }
    return out;
  }

  window.EntenteSections = { apply, text, lazy };
})();
