// The page's input: GLFW's callbacks forwarded to ImGui's backend (keys and characters through a queue that
// each frame feeds in order), keyboard navigation, and the mouse state the frame loop asks about.
#include "platform_input.h"

#include <algorithm>
#include <vector>

#include "imgui.h"
#include "imgui_impl_glfw.h"

namespace entente {
namespace {

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

void on_enter(GLFWwindow* w, int entered) {
  ImGui_ImplGlfw_CursorEnterCallback(w, entered);
  wake(platform_of(w));
}
void on_focus(GLFWwindow* w, int focused) {
  ImGui_ImplGlfw_WindowFocusCallback(w, focused);
  wake(platform_of(w));
}

}  // namespace

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

void install_callbacks(GLFWwindow* window) {
  glfwSetCursorPosCallback(window, on_cursor);
  glfwSetMouseButtonCallback(window, on_button);
  glfwSetScrollCallback(window, on_scroll);
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
  glfwSetCursorEnterCallback(window, on_enter);
  glfwSetWindowFocusCallback(window, on_focus);
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

}  // namespace entente
