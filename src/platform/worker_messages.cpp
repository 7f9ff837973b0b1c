// The JavaScript side of the analysis worker's messages (declared in worker_messages.h): EM_JS functions
// that post result sections, progress and the end of a load to the page, and the sampler's input and orders
// to the second worker.
#include "worker_messages.h"

#include <emscripten.h>

namespace entente {

// Adds a piece of one contract section's JSON (copied out of wasm memory) to that section's pieces.
EM_JS(void, js_json_piece, (const char* key, const char* data, int size), {
  var k = UTF8ToString(key);
  var pieces = Module["ententeJsonPieces"] || (Module["ententeJsonPieces"] = {});
  (pieces[k] || (pieces[k] = [])).push(HEAPU8.slice(data, data + size));
});
// Joins the section's pieces (outside wasm memory) into its JSON for the next message (then transferred).
EM_JS(void, js_json_end, (const char* key), {
  var k = UTF8ToString(key);
  var pieces = (Module["ententeJsonPieces"] || {})[k] || [];
  if (Module["ententeJsonPieces"]) delete Module["ententeJsonPieces"][k];
  var total = 0;
  for (var i = 0; i < pieces.length; ++i) total += pieces[i].length;
  var all = new Uint8Array(total);
  for (var i = 0, at = 0; i < pieces.length; at += pieces[i].length, ++i) all.set(pieces[i], at);
  Module["ententeJson"][k] = all.buffer;
});
// Posts {type: "section", id, name, bin, json, notify, memory} with the JSON parts added since the last
// message (memory: the worker's wasm memory in bytes when it was sent).
EM_JS(void, js_post_section, (double id, const char* name, const char* data, int size, int notify), {
  var bin = HEAPU8.slice(data, data + size).buffer;
  var json = Module["ententeJson"];
  Module["ententeJson"] = {};
  var transfer = [bin].concat(Object.keys(json).map(function(k) { return json[k]; }));
  postMessage({
    type : "section",
    id : id,
    name : UTF8ToString(name),
    bin : bin,
    json : json,
    notify : !!notify,
    memory : HEAP8.length
  },
              transfer);
});
EM_JS(void, js_post_progress,
      (double id, const char* stage, double fraction, double done, double total, const char* unit, double eta,
       double files),
      {
        postMessage({
          type : "progress",
          id : id,
          stage : UTF8ToString(stage),
          fraction : fraction,
          done : done,
          total : total,
          unit : UTF8ToString(unit),
          eta : eta,
          files : files
        });
      });
// Posts {type, id, value, memory}; memory: the worker's wasm memory in bytes (it only grows: the peak).
EM_JS(void, js_post, (const char* type, double id, double value),
      { postMessage({type : UTF8ToString(type), id : id, value : value, memory : HEAP8.length}); });

// The second worker that samples topics (worker_glue.js starts it; none where a worker cannot start one).
EM_JS(int, js_has_sampler, (), { return Module["ententeSampler"] ? 1 : 0; });
// Posts {type: "sample", id, input} (input transferred) or {type} ("finish", "cancel") to the second worker;
// js_sampler_input returns 0 when there is none.
EM_JS(int, js_sampler_input, (double id, const char* data, int size), {
  if (!Module["ententeSampler"]) return 0;
  var input = HEAPU8.slice(data, data + size).buffer;
  Module["ententeSampler"].postMessage({type : "sample", id : id, input : input}, [input]);
  return 1;
});
EM_JS(void, js_sampler_tell, (const char* type), {
  if (Module["ententeSampler"]) Module["ententeSampler"].postMessage({type : UTF8ToString(type)});
});

}  // namespace entente
