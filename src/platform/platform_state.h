// The page's platform state (internal to main.cpp and platform_input.cpp): the GLFW window, the app, the
// renderer, the frames still to draw and the input not yet given to ImGui; wake() asks for frames.
#pragma once

#include <GLFW/glfw3.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

#include "app.h"
#include "gl_renderer.h"

namespace entente {

constexpr int kFramesAfterEvent = 4;  // ImGui settles hover, popups and auto-sized windows in a few frames

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

// Draws at least `frames` more frames, resuming the loop when it is paused (main.cpp).
void wake(Platform& p, int frames = kFramesAfterEvent);

}  // namespace entente
