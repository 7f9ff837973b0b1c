// Browser interop for the page's layout and UI state: exported C functions web/entente-api.js, web/page.js
// and web/embed.js call to show panels, read the views and the probe, undo, set the theme, route the wheel
// and capture a frame. Loads and the lexicon: web_bridge.cpp.
#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include <string>
#include <vector>

#include "app.h"
#include "imgui_internal.h"  // the hovered window's scroll state, for entente_wheel_used
#include "web_bridge_state.h"

namespace entente {
namespace {

// True when `w` can still scroll by `d` (negative: towards the start) along `axis` (0: x, 1: y).
bool can_scroll(const ImGuiWindow& w, float d, int axis) {
  const float pos = axis ? w.Scroll.y : w.Scroll.x, max = axis ? w.ScrollMax.y : w.ScrollMax.x;
  return max > 0 && (d < 0 ? pos > 0.5f : pos < max - 0.5f);
}

// True when ImGui would use a wheel turn of (dx, dy) at the mouse: the hovered widget reads the wheel (the
// heatmap zooms), or the window under the mouse or one of its parents can still scroll that way.
bool wheel_used(float dx, float dy) {
  const ImGuiContext& g = *GImGui;
  if (g.HoveredIdUsingMouseWheel || g.HoveredIdPreviousFrameUsingMouseWheel) return true;
  if (g.ActiveId != 0 && g.ActiveIdUsingMouseWheel) return true;
  const int axis = dy != 0 ? 1 : 0;
  const float d = axis ? dy : dx;
  for (const ImGuiWindow* w = g.HoveredWindow; w != nullptr && d != 0; w = w->ParentWindow) {
    if (!(w->Flags & ImGuiWindowFlags_NoScrollWithMouse) && can_scroll(*w, d, axis)) return true;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
  return false;
}

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
}  // namespace entente

using entente::g_bridge;

extern "C" {

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

// Undoes the last destructive action (as the undo bar's button and Ctrl+Z do). Returns what was undone, ""
// when nothing was. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* entente_undo() {
  g_bridge->scratch = g_bridge->app->undo();
  g_bridge->hooks.wake();
  return g_bridge->scratch.c_str();
}

// The page changed the corpus (`label`, e.g. "Removed a.txt"); its snapshot `snapshot` restores the corpus
// from before (the app asks for it with the backend's "corpus-restore" on undo).
EMSCRIPTEN_KEEPALIVE void entente_push_corpus_undo(const char* label, int snapshot) {
  g_bridge->app->push_corpus_undo(label, snapshot);
  g_bridge->hooks.wake();
}

// Shows a notice about the corpus in the undo bar ("" hides it).
EMSCRIPTEN_KEEPALIVE void entente_set_notice(const char* text) {
  g_bridge->app->set_notice(text);
  g_bridge->hooks.wake();
}

// The last frame's probe (App::probe_json): widget rects in CSS pixels, the help tooltip shown, the undo
// label and notice. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* entente_probe_json() {
  g_bridge->scratch = g_bridge->app->probe_json();
  return g_bridge->scratch.c_str();
}

// The canvas was tabbed to: the first panel gets ImGui's focus (arrows work at
// once).
EMSCRIPTEN_KEEPALIVE void entente_focus_panels() {
  if (g_bridge->hooks.focus_panels) g_bridge->hooks.focus_panels();
}

// 1 while a text field of the canvas has the keyboard (keys like Ctrl+A belong to it, not to the page).
EMSCRIPTEN_KEEPALIVE int entente_wants_text() {
  return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput ? 1 : 0;
}

// The layout of the last frame (App::ui_state_json), for the browser tests.
EMSCRIPTEN_KEEPALIVE const char* entente_ui_state_json() {
  g_bridge->scratch = g_bridge->app->ui_state_json();
  return g_bridge->scratch.c_str();
}

// Switches the colour theme: dark != 0 for dark.
EMSCRIPTEN_KEEPALIVE void entente_set_dark(int dark) {
  g_bridge->hooks.set_dark(dark != 0);
}

// 1 when a wheel turn of (dx, dy) DOM pixels (down and right positive) at the mouse would be used by the
// page (a widget reads the wheel, or the window under the mouse can still scroll that way), else 0: then an
// embed lets the browser scroll the blog instead (web/embed.js).
EMSCRIPTEN_KEEPALIVE int entente_wheel_used(double dx, double dy) {
  return entente::wheel_used(static_cast<float>(dx), static_cast<float>(dy)) ? 1 : 0;
}

// Asks for a frame; JavaScript gets "frame-captured" right after it is drawn and reads the canvas then.
EMSCRIPTEN_KEEPALIVE void entente_capture() {
  g_bridge->hooks.capture();
}

}  // extern "C"

#endif
