// The GUI entry point: a GLFW window on the page's canvas (WebGL2), Dear ImGui with the GLFW + OpenGL3
// backends, and the frame loop. The analysis runs in a Web Worker (worker_main.cpp); this thread only draws.
// Frames are drawn only while something changes: after input, a resize, a request from JavaScript, or while
// an analysis runs, and until the picture settles (ImGui sizes columns, tabs and auto-fitted windows over a
// few frames). Otherwise the loop is paused (no CPU use).
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

#include "app.h"
#include "gl_renderer.h"
#include "gl_texture.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform_input.h"
#include "platform_state.h"
#include "theme.h"
#include "web_bridge.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace entente {
namespace {

constexpr int kMaxSettleFrames = 60;  // frames drawn past kFramesAfterEvent while the picture still changes

// The only difference between targets in the loop: how it is paused and resumed.
void pause_loop(Platform& p) {
  p.paused = true;
#ifdef __EMSCRIPTEN__
  emscripten_pause_main_loop();
#endif
}

}  // namespace

void wake(Platform& p, int frames) {
  p.frames_left = std::max(p.frames_left, frames);
  p.settle_frames = 0;
  if (!p.paused) return;
  p.paused = false;
#ifdef __EMSCRIPTEN__
  emscripten_resume_main_loop();
#endif
}

namespace {

// Rebuilds the font atlas (rasterized at device size) and the style for a device pixel ratio and theme.
void restyle(Platform& p, float scale) {
  const bool rebuild_fonts = scale != p.style_scale;
  if (rebuild_fonts) build_font_atlas(p.font, scale);
  apply_style(p.app.model().dark, scale);
  if (rebuild_fonts && p.style_scale > 0) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    if (p.renderer) p.renderer->invalidate();
  }
  p.style_scale = scale;
  p.style_dark = p.app.model().dark;
  p.restyle = false;
}

// Keeps the canvas' drawing buffer at CSS size x device pixel ratio, and the fonts at that ratio.
void sync_canvas(Platform& p) {
  const CanvasMetrics m = web_canvas_metrics();
  const int width = std::max(1, static_cast<int>(std::lround(m.css_width * m.device_pixel_ratio)));
  const int height = std::max(1, static_cast<int>(std::lround(m.css_height * m.device_pixel_ratio)));
  int current_w = 0, current_h = 0;
  glfwGetWindowSize(p.window, &current_w, &current_h);
  if (width != current_w || height != current_h) glfwSetWindowSize(p.window, width, height);
  if (p.restyle || m.device_pixel_ratio != p.style_scale || p.app.model().dark != p.style_dark) {
    restyle(p, m.device_pixel_ratio);
  }
  p.app.set_display(static_cast<float>(width), static_cast<float>(height), m.device_pixel_ratio);
}

// Without WebGL: nothing to draw; the app only acts on requests (the worker does the analysis).
void frame_headless(Platform& p) {
  p.app.update();
  pause_loop(p);
}

void render(Platform& p) {
  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(p.window, &fb_w, &fb_h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const float k = p.app.model().dark ? 0.6f : 0.92f;
  if (p.renderer->render(ImGui::GetDrawData(), fb_w, fb_h, ImVec4(bg.x * k, bg.y * k, bg.z * k, 1.0f),
                         p.texture_uploads)) {
    glfwSwapBuffers(p.window);
  }
}

// Keeps the loop drawing while the picture changes from frame to frame (at most kMaxSettleFrames after an
// event): the first frames after a result lay out tables and tabs that only appear a frame later.
void settle(Platform& p) {
  const std::uint64_t picture = p.renderer->picture();
  if (picture != p.last_picture && p.settle_frames < kMaxSettleFrames) {
    ++p.settle_frames;
    p.frames_left = std::max(p.frames_left, 2);
  }
  p.last_picture = picture;
}

// One frame: act on requests, draw the views, decide whether another frame is needed. A running load asks
// for frames through its messages (a section, a few progress updates a second), not continuously.
void frame(Platform& p) {
  if (p.headless) return frame_headless(p);
  sync_canvas(p);
  p.app.update();

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  feed_input(p);
  keyboard_navigation();
  ImGui::NewFrame();
  focus_first_panel(p);
  p.app.draw();
  ImGui::Render();
  render(p);
  settle(p);

  if (!p.first_frame_drawn) {
    p.first_frame_drawn = true;
    web_notify_first_frame();
  }
  if (p.capture && p.frames_left <= 2) {  // after the layout has settled
    p.capture = false;
    web_notify_frame_captured();
  }
  if (mouse_held() || p.capture) p.frames_left = std::max(p.frames_left, 2);
  if (--p.frames_left <= 0) pause_loop(p);
}

#ifdef __EMSCRIPTEN__
void frame_callback(void* arg) {
  frame(*static_cast<Platform*>(arg));
}
#endif

bool init_window(Platform& p) {
  if (!glfwInit()) return false;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);  // an opaque canvas; nothing uses depth or stencil
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  const CanvasMetrics m = web_canvas_metrics();
  p.window = glfwCreateWindow(std::max(1, static_cast<int>(m.css_width * m.device_pixel_ratio)),
                              std::max(1, static_cast<int>(m.css_height * m.device_pixel_ratio)), "Entente",
                              nullptr, nullptr);
  if (!p.window) return false;
  glfwMakeContextCurrent(p.window);
  glfwSetWindowUserPointer(p.window, &p);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;                              // the layout comes from the app, nothing is saved
  io.ConfigInputTextCursorBlink = false;                 // a blinking cursor would need frames while idle
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // a visible focus; see keyboard_navigation()
  ImGui_ImplGlfw_InitForOpenGL(p.window, false);
  install_callbacks(p.window);
  ImGui_ImplOpenGL3_Init("#version 300 es");  // makes the font texture; GlRenderer draws
  p.renderer = std::make_unique<GlRenderer>();
  p.renderer->set_partial(web_canvas_preserved());
  restyle(p, m.device_pixel_ratio);
  return true;
}

void init(Platform& p) {
  p.font = web_take_font();
  p.headless = !init_window(p);
  if (p.headless) web_notify_no_webgl();
  if (!p.headless) p.app.set_texture_factory([&p] { return make_gl_texture(&p.texture_uploads); });
  p.app.set_result_listener([](const AppModel& model) { web_notify_result(model.load_id); });
  BridgeHooks hooks;
  hooks.wake = [&p] { wake(p); };
  hooks.redraw = [&p] { wake(p, 1); };
  hooks.set_dark = [&p](bool dark) {
    p.app.set_dark(dark);
    wake(p);
  };
  hooks.focus_panels = [&p] {
    p.focus_panels = true;
    wake(p);
  };
  hooks.capture = [&p] {
    p.capture = true;
    wake(p);
  };
  web_bridge_attach(p.app, std::move(hooks));
}

}  // namespace
}  // namespace entente

int main() {
  // Lives for the whole page: the browser's main loop keeps calling into it after main() returns.
  auto* platform = new entente::Platform();
  entente::init(*platform);
  entente::web_notify_ready();
#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop_arg(entente::frame_callback, platform, 0, false);
#else
  while (!platform->headless && !glfwWindowShouldClose(platform->window)) {
    entente::frame(*platform);
    if (platform->paused) glfwWaitEvents();
    platform->paused = false;
  }
#endif
  return 0;
}
