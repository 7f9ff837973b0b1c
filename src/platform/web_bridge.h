// Browser interop: the C functions JavaScript calls (window.entente in web/page.js) and the calls from
// C++ back into JavaScript. The only file besides main.cpp that knows about Emscripten; native builds
// get the no-op stubs at the bottom of web_bridge.cpp.
#pragma once

#include <cstdint>
#include <functional>

namespace entente {

class App;

// The canvas as the page lays it out.
struct CanvasMetrics {
  float css_width = 0, css_height = 0;  // CSS pixels
  float device_pixel_ratio = 1;         // device pixels per CSS pixel
};

// Connects the exported functions to `app`. `wake` asks the platform for new frames (called after each
// request from JavaScript). Both must outlive the page.
void web_bridge_attach(App& app, std::function<void()> wake);
// Tells JavaScript the module is ready for entente.load().
void web_notify_ready();
// Tells JavaScript that the result of load `generation` is published.
void web_notify_result(std::uint64_t generation);
// Tells JavaScript the first frame was drawn (for the first-frame time).
void web_notify_first_frame();
// Tells JavaScript that WebGL is unavailable: the page shows its HTML tables instead of the canvas.
void web_notify_no_webgl();
// Reads the canvas' CSS size and the device pixel ratio.
CanvasMetrics web_canvas_metrics();

}  // namespace entente
