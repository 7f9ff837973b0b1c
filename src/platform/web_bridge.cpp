// Browser interop: exported C functions for web/page.js and EM_JS calls back into it. JavaScript hands
// files over one by one (files_begin, files_add..., files_commit) and reads results as JSON text.
#include "web_bridge.h"

#include <string>
#include <utility>
#include <vector>

#include "app.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>

namespace entente {
namespace {

// State shared by the exported functions. One per page: exported C functions cannot carry a context.
struct Bridge {
  App* app = nullptr;
  BridgeHooks hooks;
  std::vector<InputFile> pending;
  std::vector<std::string> pending_urls;
  std::string scratch;  // backs the strings returned to JavaScript until the next call
};
Bridge* g_bridge = nullptr;

EM_JS(void, js_notify, (const char* event, double value), {
  var hooks = Module["ententeHooks"];
  if (hooks && hooks.notify) hooks.notify(UTF8ToString(event), value);
});

EM_JS(int, js_font_size, (), { return Module["ententeFont"] ? Module["ententeFont"].length : 0; });
EM_JS(void, js_font_copy, (unsigned char* out), {
  HEAPU8.set(Module["ententeFont"], out);
  Module["ententeFont"] = null;
});

std::vector<std::string> split_csv(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

void web_bridge_attach(App& app, BridgeHooks hooks) {
  g_bridge = new Bridge{&app, std::move(hooks), {}, {}, {}};
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

}  // namespace entente

using entente::g_bridge;

extern "C" {

// Starts a new batch of files for entente_files_commit().
EMSCRIPTEN_KEEPALIVE void entente_files_begin() {
  g_bridge->pending.clear();
  g_bridge->pending_urls.clear();
}

// Adds one file to the batch: its base name, its bytes, and (for URL loads) the URL it came from.
EMSCRIPTEN_KEEPALIVE void entente_files_add(const char* name, const char* bytes, int size, const char* url) {
  entente::InputFile f;
  f.name = name;
  f.bytes.assign(bytes, static_cast<std::size_t>(size));
  g_bridge->pending.push_back(std::move(f));
  if (url && *url) g_bridge->pending_urls.push_back(url);
}

// Adds a file that could not be read (it becomes a document with this error).
EMSCRIPTEN_KEEPALIVE void entente_files_add_error(const char* name, const char* error, const char* url) {
  entente::InputFile f;
  f.name = name;
  f.read_error = error;
  g_bridge->pending.push_back(std::move(f));
  if (url && *url) g_bridge->pending_urls.push_back(url);
}

// Analyzes the batch. add: 1 appends to the user's files, 0 replaces the corpus. origin: 1 samples,
// 2 user files, 3 URLs. Returns the load id (the "result" notification carries the id of the load shown).
EMSCRIPTEN_KEEPALIVE double entente_files_commit(int add, int origin) {
  const auto mode = add ? entente::LoadMode::Add : entente::LoadMode::Replace;
  const auto o = origin == 1   ? entente::CorpusOrigin::Samples
                 : origin == 3 ? entente::CorpusOrigin::Urls
                               : entente::CorpusOrigin::UserFiles;
  const std::uint64_t id =
      g_bridge->app->load(std::move(g_bridge->pending), mode, o, std::move(g_bridge->pending_urls));
  g_bridge->pending.clear();
  g_bridge->pending_urls.clear();
  g_bridge->hooks.wake();
  return static_cast<double>(id);
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

// The JSON contract of the current result; valid until the next result is published.
EMSCRIPTEN_KEEPALIVE const char* entente_result_json() {
  return g_bridge->app->result_json().c_str();
}

// Counts lexicon topics with the lexicon JSON `json` and publishes the recounted result. Returns an empty
// string on success, else the error ("lexicon line N: ...") and the current lexicon stays. Valid until the
// next call.
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

// Asks for frames (after a resize or any change JavaScript knows about).
EMSCRIPTEN_KEEPALIVE void entente_wake() {
  g_bridge->hooks.wake();
}

// Shows only the comma-separated view ids (empty: all); compact != 0 stacks them for embedding.
EMSCRIPTEN_KEEPALIVE void entente_set_panels(const char* ids, int compact) {
  g_bridge->app->set_panels(entente::split_csv(ids), compact != 0);
  g_bridge->hooks.wake();
}

// Height in CSS pixels the compact layout needs.
EMSCRIPTEN_KEEPALIVE double entente_content_height() {
  const float scale = g_bridge->app->model().ui_scale;
  return g_bridge->app->content_height() / (scale > 0 ? scale : 1.0f);
}

EMSCRIPTEN_KEEPALIVE int entente_set_view_open(const char* id, int open) {
  const bool found = g_bridge->app->set_view_open(id, open != 0);
  g_bridge->hooks.wake();
  return found ? 1 : 0;
}

// [{"id": "corpus", "title": "Corpus", "open": true, "rect": [x, y, w, h]}, ...]; rect in CSS pixels, where
// the window was last drawn.
EMSCRIPTEN_KEEPALIVE const char* entente_views_json() {
  std::string& s = g_bridge->scratch;
  const float k = 1.0f / g_bridge->app->model().ui_scale;
  s = "[";
  for (const auto& v : g_bridge->app->views()) {
    std::string title = v->title();
    title = title.substr(0, title.find("###"));
    if (s.size() > 1) s += ',';
    const entente::Rect& r = v->drawn;
    s += std::string("{\"id\":\"") + v->id() + "\",\"title\":\"" + title +
         "\",\"open\":" + (v->open ? "true" : "false") + ",\"rect\":[" + std::to_string(r.x * k) + "," +
         std::to_string(r.y * k) + "," + std::to_string(r.w * k) + "," + std::to_string(r.h * k) + "]}";
  }
  s += "]";
  return s.c_str();
}

// Switches the colour theme: dark != 0 for dark.
EMSCRIPTEN_KEEPALIVE void entente_set_dark(int dark) {
  g_bridge->hooks.set_dark(dark != 0);
}

// Asks for a frame; JavaScript gets "frame-captured" right after it is drawn and reads the canvas then.
EMSCRIPTEN_KEEPALIVE void entente_capture() {
  g_bridge->hooks.capture();
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
}  // namespace entente

#endif
