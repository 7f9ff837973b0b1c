// The GUI entry point: a GLFW window on the page's canvas (WebGL2), Dear ImGui with the GLFW + OpenGL3
// backends, and the frame loop. The analysis runs in a Web Worker (worker_main.cpp); this thread only draws.
// Frames are drawn only while something changes: after input, a resize, a request from JavaScript, or while
// an analysis runs, and until the picture settles (ImGui sizes columns, tabs and auto-fitted windows over a
// few frames). Otherwise the loop is paused (no CPU use).
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

#include "app.h"
#include "gl_renderer.h"
#include "gl_texture.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "theme.h"
#include "web_bridge.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace entente {
namespace {

constexpr int kFramesAfterEvent = 4;  // ImGui settles hover, popups and auto-sized windows in a few frames
constexpr int kMaxSettleFrames = 60;  // frames drawn past kFramesAfterEvent while the picture still changes

// A key (key >= 0) or character (key < 0) event as GLFW reported it.
struct KeyEvent {
  int key, scancode, action, mods;
  unsigned int codepoint;
};

struct Platform {
  GLFWwindow* window = nullptr;
  App app;
  std::vector<unsigned char> font;  // the page's TTF (empty: ImGui's built-in font)
  float style_scale = 0;            // device pixel ratio the fonts and style were built for
  bool style_dark = true;
  bool restyle = true;  // rebuild fonts and style before the next frame
  int frames_left = kFramesAfterEvent;
  bool paused = false;
  std::uint64_t last_picture = 0;  // GlRenderer::picture() of the last frame
  int settle_frames = 0;           // extra frames drawn since the last wake because the picture changed
  bool first_frame_drawn = false;
  bool capture = false;                  // JavaScript asked to read the pixels right after the next frame
  std::unique_ptr<GlRenderer> renderer;  // set with the window
  std::uint64_t texture_uploads = 0;     // counted by the app's GL textures (a new picture in one)
  bool headless = false;                 // no WebGL: analyze only; the page shows its HTML tables instead
  bool focus_panels = false;             // the canvas was tabbed to: give the keyboard to the first panel
  // Key and character events not yet given to ImGui, in the order they came (see on_key).
  std::deque<KeyEvent> input_queue;
};

// The only difference between targets in the loop: how it is paused and resumed.
void pause_loop(Platform& p) {
  p.paused = true;
#ifdef __EMSCRIPTEN__
  emscripten_pause_main_loop();
#endif
}

void wake(Platform& p, int frames = kFramesAfterEvent) {
  p.frames_left = std::max(p.frames_left, frames);
  p.settle_frames = 0;
  if (!p.paused) return;
  p.paused = false;
#ifdef __EMSCRIPTEN__
  emscripten_resume_main_loop();
#endif
}

Platform& platform_of(GLFWwindow* window) {
  return *static_cast<Platform*>(glfwGetWindowUserPointer(window));
}

// Emscripten 3.1.6's GLFW hands scroll callbacks the DOM wheel deltas (pixels, down positive); GLFW and
// ImGui expect lines, up positive.
#ifdef __EMSCRIPTEN__
constexpr double kWheelScale = -1.0 / 100.0;
#else
constexpr double kWheelScale = 1.0;
#endif

// Input callbacks: forward to ImGui's backend, then wake the loop.
void on_cursor(GLFWwindow* w, double, double) {
  wake(platform_of(w));
}  // ImGui polls the position
void on_button(GLFWwindow* w, int button, int action, int mods) {
  ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
  wake(platform_of(w));
}
void on_scroll(GLFWwindow* w, double dx, double dy) {
  ImGui_ImplGlfw_ScrollCallback(w, dx * kWheelScale, dy * kWheelScale);
  wake(platform_of(w));
}
// ImGui 1.86 reads keys as up/down states once a frame: a key pressed and released between two frames (a
// quick tap, or any key while a software-GL frame takes 300 ms) would be missed, and two taps in one frame
// (ArrowDown then Enter) would act together, on the item focused before either. So keys and characters wait
// in a queue that each frame feeds up to the next change to a key already changed in that frame (as later
// ImGui's "trickle" input queue does): every tap is seen, in order, one frame each.
void on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
  Platform& p = platform_of(w);
  p.input_queue.push_back({key, scancode, action, mods, 0});
  wake(p);
}
void on_char(GLFWwindow* w, unsigned int c) {
  Platform& p = platform_of(w);
  p.input_queue.push_back({-1, 0, 0, 0, c});
  wake(p);
}

// Before a frame: the queued events this frame takes (see on_key).
void feed_input(Platform& p) {
  std::vector<int> changed;  // keys pressed or released in this frame
  while (!p.input_queue.empty()) {
    const KeyEvent e = p.input_queue.front();
    if (e.key < 0) {
      ImGui_ImplGlfw_CharCallback(p.window, e.codepoint);
    } else if (e.action == GLFW_REPEAT) {
      ImGui_ImplGlfw_KeyCallback(p.window, e.key, e.scancode, e.action, e.mods);
    } else {
      if (std::find(changed.begin(), changed.end(), e.key) != changed.end()) break;
      changed.push_back(e.key);
      ImGui_ImplGlfw_KeyCallback(p.window, e.key, e.scancode, e.action, e.mods);
    }
    p.input_queue.pop_front();
  }
  if (!p.input_queue.empty()) wake(p);
}
void on_enter(GLFWwindow* w, int entered) {
  ImGui_ImplGlfw_CursorEnterCallback(w, entered);
  wake(platform_of(w));
}
void on_focus(GLFWwindow* w, int focused) {
  ImGui_ImplGlfw_WindowFocusCallback(w, focused);
  wake(platform_of(w));
}

void install_callbacks(GLFWwindow* window) {
  glfwSetCursorPosCallback(window, on_cursor);
  glfwSetMouseButtonCallback(window, on_button);
  glfwSetScrollCallback(window, on_scroll);
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
  glfwSetCursorEnterCallback(window, on_enter);
  glfwSetWindowFocusCallback(window, on_focus);
}

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

// Keyboard navigation: arrows move between items, Space or Enter activates one (ImGui 1.86 activates with
// Space only), Escape closes popups, Ctrl+Tab switches panels. When the canvas gets the keyboard focus from
// the keyboard (Tab), the first panel drawn gets it, so that the arrows work at once. Call between the
// backend's NewFrame and ImGui::NewFrame().
void keyboard_navigation() {
  ImGuiIO& io = ImGui::GetIO();
  const bool enter = io.KeysDown[io.KeyMap[ImGuiKey_Enter]] || io.KeysDown[io.KeyMap[ImGuiKey_KeyPadEnter]];
  if (enter && !io.WantTextInput) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
}

// After ImGui::NewFrame(): the panel focus the canvas asked for.
void focus_first_panel(Platform& p) {
  if (p.focus_panels) ImGui::SetNextWindowFocus();
  p.focus_panels = false;
}

bool mouse_held() {
  for (bool down : ImGui::GetIO().MouseDown) {
    if (down) return true;
  }
  return false;
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
