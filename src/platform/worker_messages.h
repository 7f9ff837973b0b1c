// The messages the analysis worker posts, as calls into JavaScript (EM_JS, worker_messages.cpp): result
// sections and progress to the page, and the sampler's input and orders to the second worker.
#pragma once

namespace entente {
extern "C" {

// Adds a piece of one contract section's JSON (copied out of wasm memory) to that section's pieces.
void js_json_piece(const char* key, const char* data, int size);
// Joins the section's pieces (outside wasm memory) into its JSON for the next message (then transferred).
void js_json_end(const char* key);
// Posts {type: "section", id, name, bin, json, notify, memory} with the JSON parts added since the last
// message (memory: the worker's wasm memory in bytes when it was sent).
void js_post_section(double id, const char* name, const char* data, int size, int notify);
// Posts {type: "progress", id, stage, fraction, done, total, unit, eta, files}.
void js_post_progress(double id, const char* stage, double fraction, double done, double total,
                      const char* unit, double eta, double files);
// Posts {type, id, value, memory}; memory: the worker's wasm memory in bytes (it only grows: the peak).
void js_post(const char* type, double id, double value);
// 1 when there is a second worker that samples topics, else 0.
int js_has_sampler();
// Posts {type: "sample", id, input} (input transferred) to the second worker; returns 0 when there is none.
int js_sampler_input(double id, const char* data, int size);
// Posts {type} ("finish", "cancel") to the second worker, if there is one.
void js_sampler_tell(const char* type);

}  // extern "C"
}  // namespace entente
