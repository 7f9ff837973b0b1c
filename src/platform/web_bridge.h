// Browser interop: the C functions JavaScript calls (window.entente in web/page.js) and the calls from
// C++ back into JavaScript (web_bridge.cpp, web_bridge_ui.cpp). With main.cpp, the only files that know
// about Emscripten; native builds get the no-op stubs at the bottom of web_bridge.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace entente {

class App;

// The canvas as the page lays it out.
struct CanvasMetrics {
  float css_width = 0, css_height = 0;  // CSS pixels
  float device_pixel_ratio = 1;         // device pixels per CSS pixel
};

// What the platform does for requests from JavaScript.
struct BridgeHooks {
  std::function<void()> wake;          // draw frames again (after any request)
  std::function<void()> redraw;        // draw one frame (progress)
  std::function<void(bool)> set_dark;  // switch the colour theme
  std::function<void()> capture;       // draw a frame, then call web_notify_frame_captured()
  std::function<void()> focus_panels;  // the canvas was tabbed to: give the keyboard to the first panel
};

// Connects the exported functions to `app` and the platform's hooks. `app` must outlive the page.
void web_bridge_attach(App& app, BridgeHooks hooks);
// The font the page fetched before start-up (TTF bytes; empty when there is none).
std::vector<unsigned char> web_take_font();
// Tells JavaScript a frame was just drawn for its capture request (the canvas can be read now).
void web_notify_frame_captured();
// Tells JavaScript the module is ready for entente.load().
void web_notify_ready();
// Tells JavaScript that a new result is published; `load_id` is the load whose corpus it holds (a
// lexicon change publishes a new result of the same load).
void web_notify_result(std::uint64_t load_id);
// Tells JavaScript the first frame was drawn (for the first-frame time).
void web_notify_first_frame();
// Tells JavaScript that WebGL is unavailable: the page shows its HTML tables instead of the canvas.
void web_notify_no_webgl();
// Reads the canvas' CSS size and the device pixel ratio.
CanvasMetrics web_canvas_metrics();
// Whether the canvas' WebGL context keeps its drawing buffer between frames (web/entente-start.js asks for
// it).
bool web_canvas_preserved();

}  // namespace entente
