// Browser interop: exported C functions for web/entente-api.js about loads and the lexicon, and EM_JS calls
// back into it. The analysis runs in the page's worker: JavaScript tells the app a load begins (load_begin),
// then hands over each result section the worker sends (load_section), its progress and its end (load_done).
// The app reaches the worker through JavaScript (js_worker). The layout and UI exports: web_bridge_ui.cpp.
#include "web_bridge.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "app.h"
#include "result_wire.h"
#include "web_bridge_state.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>

#include <string_view>

namespace entente {

Bridge* g_bridge = nullptr;

namespace {

EM_JS(void, js_notify, (const char* event, double value), {
  var hooks = Module["ententeHooks"];
  if (hooks && hooks.notify) hooks.notify(UTF8ToString(event), value);
});

// Asks the page's worker: "lexicon" (text: the lexicon JSON), "stop-sampling" or "cancel".
EM_JS(void, js_worker, (const char* request, const char* text), {
  var hooks = Module["ententeHooks"];
  if (hooks && hooks.worker) hooks.worker(UTF8ToString(request), UTF8ToString(text));
});

EM_JS(int, js_font_size, (), { return Module["ententeFont"] ? Module["ententeFont"].length : 0; });
EM_JS(void, js_font_copy, (unsigned char* out), {
  HEAPU8.set(Module["ententeFont"], out);
  Module["ententeFont"] = null;
});

}  // namespace

void web_bridge_attach(App& app, BridgeHooks hooks) {
  g_bridge = new Bridge{&app, std::move(hooks), {}, false, {}};
  AnalysisBackend backend;
  backend.set_lexicon = [](const std::string& json) { js_worker("lexicon", json.c_str()); };
  backend.stop_sampling = [] { js_worker("stop-sampling", ""); };
  backend.cancel = [] { js_worker("cancel", ""); };
  backend.corpus = [](const std::string& op, const std::string& arg) {
    js_worker(("corpus-" + op).c_str(), arg.c_str());
  };
  app.set_backend(std::move(backend));
}

std::vector<unsigned char> web_take_font() {
  std::vector<unsigned char> bytes(static_cast<std::size_t>(js_font_size()));
  if (!bytes.empty()) js_font_copy(bytes.data());
  return bytes;
}

void web_notify_frame_captured() {
  js_notify("frame-captured", 0);
}

void web_notify_ready() {
  js_notify("ready", 0);
}
void web_notify_result(std::uint64_t load_id) {
  js_notify("result", static_cast<double>(load_id));
}
void web_notify_first_frame() {
  js_notify("first-frame", emscripten_get_now());
}
void web_notify_no_webgl() {
  js_notify("no-webgl", 0);
}

CanvasMetrics web_canvas_metrics() {
  CanvasMetrics m;
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  m.css_width = static_cast<float>(w);
  m.css_height = static_cast<float>(h);
  m.device_pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (m.device_pixel_ratio <= 0) m.device_pixel_ratio = 1;
  return m;
}

bool web_canvas_preserved() {
  return EM_ASM_INT({
           var attributes =
               Module.ctx && Module.ctx.getContextAttributes && Module.ctx.getContextAttributes();
           return attributes && attributes.preserveDrawingBuffer ? 1 : 0;
         }) != 0;
}

}  // namespace entente

using entente::g_bridge;

extern "C" {

// Adds the URL of the next load's next file (URL loads, in document order).
EMSCRIPTEN_KEEPALIVE void entente_load_url(const char* url) {
  g_bridge->pending_urls.push_back(url);
}

// A load of `files` files begins: the shown result is cleared. add: 1 appends to the user's files, 0
// replaces the corpus. origin: 1 samples, 2 user files, 3 URLs. Returns the load id; entente_load_appends()
// then says whether the worker should append the files to its corpus.
EMSCRIPTEN_KEEPALIVE double entente_load_begin(int files, int add, int origin) {
  const auto mode = add ? entente::LoadMode::Add : entente::LoadMode::Replace;
  const auto o = origin == 1   ? entente::CorpusOrigin::Samples
                 : origin == 3 ? entente::CorpusOrigin::Urls
                               : entente::CorpusOrigin::UserFiles;
  const std::uint64_t id = g_bridge->app->begin_load(static_cast<std::size_t>(files), mode, o,
                                                     std::move(g_bridge->pending_urls), &g_bridge->append);
  g_bridge->pending_urls.clear();
  g_bridge->hooks.wake();
  return static_cast<double>(id);
}
EMSCRIPTEN_KEEPALIVE int entente_load_appends() {
  return g_bridge->append ? 1 : 0;
}

// One result section from the worker (result_wire.h), `size` bytes at `data`. Returns 1 when applied, 0
// for a section of another load, -1 for bytes that are not a section (logged).
EMSCRIPTEN_KEEPALIVE int entente_load_section(double id, const char* data, int size, int notify) {
  int applied = 0;
  try {
    applied =
        g_bridge->app->apply_section(static_cast<std::uint64_t>(id),
                                     std::string_view(data, static_cast<std::size_t>(size)), notify != 0)
            ? 1
            : 0;
  } catch (const entente::WireError& e) {
    emscripten_log(EM_LOG_ERROR, "Entente: a result section from the worker was refused: %s", e.what());
    applied = -1;
  }
  // Live discovered topics come a few times a second: one frame each; other sections settle the layout.
  const bool live =
      size > 0 && static_cast<entente::WireSection>(data[0]) == entente::WireSection::Discovered;
  if (live) {
    g_bridge->hooks.redraw();
  } else {
    g_bridge->hooks.wake();
  }
  return applied;
}

// Progress of load `id`: stage label, fraction in [0, 1], work units done / total of the stage and their
// unit, estimated seconds left (-1: unknown), files in the load.
EMSCRIPTEN_KEEPALIVE void entente_load_progress(double id, const char* stage, double fraction, double done,
                                                double total, const char* unit, double eta, double files) {
  entente::LoadState s;
  s.files = static_cast<std::size_t>(files);
  s.stage = stage;
  s.progress = fraction;
  s.done = static_cast<std::size_t>(done);
  s.total = static_cast<std::size_t>(total);
  s.unit = unit;
  s.eta_s = eta;
  g_bridge->app->apply_progress(static_cast<std::uint64_t>(id), s);
  g_bridge->hooks.redraw();
}

// Load `id` is complete; a non-empty `failure` says why it was dropped instead ("Cancelled.", a worker
// error) and clears its result. The "result" notification follows.
EMSCRIPTEN_KEEPALIVE void entente_load_done(double id, const char* failure) {
  g_bridge->app->finish_load(static_cast<std::uint64_t>(id), failure);
  g_bridge->hooks.wake();
}

// Documents shown now (0 right after a new load begins, until the worker has read the files).
EMSCRIPTEN_KEEPALIVE int entente_shown_documents() {
  return static_cast<int>(g_bridge->app->model().result.corpus.docs.size());
}

EMSCRIPTEN_KEEPALIVE int entente_busy() {
  return g_bridge->app->busy() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE double entente_progress() {
  return g_bridge->app->model().load.progress;
}
EMSCRIPTEN_KEEPALIVE const char* entente_stage() {
  return g_bridge->app->model().load.stage.c_str();
}
// Grows with every new result (a finished load or a lexicon change).
EMSCRIPTEN_KEEPALIVE double entente_generation() {
  return static_cast<double>(g_bridge->app->model().generation);
}

// The text of document `doc` (its id) from byte `start` to `end`, clamped to the text: the contract gives
// spans (evidence, passages, mentions) as offsets, and JavaScript fills their texts in where it shows them
// (exports, the report). "" for a document not shown. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* entente_span_text(int doc, double start, double end) {
  const std::vector<entente::Document>& docs = g_bridge->app->model().result.corpus.docs;
  g_bridge->scratch.clear();
  const bool at_index = doc >= 0 && static_cast<std::size_t>(doc) < docs.size() && docs[doc].id == doc;
  const auto found = at_index ? docs.begin() + doc
                              : std::find_if(docs.begin(), docs.end(),
                                             [doc](const entente::Document& d) { return d.id == doc; });
  if (found == docs.end() || !(start >= 0) || !(end > start)) return g_bridge->scratch.c_str();
  const std::size_t size = found->text.size();
  const std::size_t from = std::min(size, static_cast<std::size_t>(start));
  g_bridge->scratch = found->text.substr(from, std::min(size, static_cast<std::size_t>(end)) - from);
  return g_bridge->scratch.c_str();
}

// Counts lexicon topics with the lexicon JSON `json` from now on (the worker recounts and sends the topics
// back). Returns an empty string on success, else the error ("lexicon line N: ...") and the current lexicon
// stays. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* entente_set_lexicon(const char* json) {
  g_bridge->scratch = g_bridge->app->set_lexicon_json(json);
  g_bridge->hooks.wake();
  return g_bridge->scratch.c_str();
}

// The current lexicon as JSON (long form). Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* entente_lexicon_json() {
  g_bridge->scratch = entente::lexicon_to_json(g_bridge->app->model().lexicon);
  return g_bridge->scratch.c_str();
}

}  // extern "C"

#else  // Native stubs: the GUI is not built natively, but the bridge compiles for tools and tests.

namespace entente {
void web_bridge_attach(App&, BridgeHooks) {}
std::vector<unsigned char> web_take_font() {
  return {};
}
void web_notify_frame_captured() {}
void web_notify_ready() {}
void web_notify_result(std::uint64_t) {}
void web_notify_first_frame() {}
void web_notify_no_webgl() {}
CanvasMetrics web_canvas_metrics() {
  return CanvasMetrics{1280, 800, 1};
}
bool web_canvas_preserved() {
  return false;
}
}  // namespace entente

#endif
