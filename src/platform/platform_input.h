// The page's input (platform_input.cpp): GLFW's callbacks forwarded to ImGui, keys queued so that every tap
// is seen, and keyboard navigation.
#pragma once

#include "platform_state.h"

namespace entente {

// Sets the window's input callbacks; each forwards to ImGui's GLFW backend (keys through the queue) and
// wakes the loop. The window's user pointer must be its Platform.
void install_callbacks(GLFWwindow* window);
// Before a frame: gives ImGui the queued key and character events this frame takes (see on_key).
void feed_input(Platform& p);
// Enter activates the focused item (ImGui 1.86 activates with Space only). Call between the backend's
// NewFrame and ImGui::NewFrame().
void keyboard_navigation();
// After ImGui::NewFrame(): the panel focus the canvas asked for (Platform::focus_panels).
void focus_first_panel(Platform& p);
// True while a mouse button is held.
bool mouse_held();

}  // namespace entente
