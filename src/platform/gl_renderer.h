// Draws ImGui's draw data with WebGL2, in place of the OpenGL3 backend's RenderDrawData (the backend still
// makes the font texture). Under software GL (SwiftShader, the browser's fallback without a usable GPU) a
// frame costs tens of milliseconds, paid on the page's thread and more while the analysis workers hold the
// cores, so: flat fills go through a program without a texture fetch, big opaque rectangles (panel and title
// backgrounds, table rows) are filled by scissored clears instead, and when the drawing buffer keeps its
// pixels between frames only the rectangle where draw lists changed is drawn again (nothing at all when none
// did).
#pragma once

#include <cstdint>
#include <vector>

#include "draw_changes.h"
#include "draw_runs.h"
#include "imgui.h"

namespace entente {

class GlRenderer {
 public:
  GlRenderer();  // needs the current WebGL2 context
  ~GlRenderer();
  GlRenderer(const GlRenderer&) = delete;
  GlRenderer& operator=(const GlRenderer&) = delete;

  // Draws `data` over `clear` (RGBA) into the current framebuffer (fb_width x fb_height pixels); blending and
  // scissor are left on. `textures` counts uploads to the app's textures: a new count redraws everything.
  // Returns whether anything was drawn (false: the buffer already shows `data`).
  bool render(const ImDrawData* data, int fb_width, int fb_height, const ImVec4& clear,
              std::uint64_t textures);
  // Whether the drawing buffer keeps its pixels between frames (WebGL's preserveDrawingBuffer): only then are
  // frames drawn in part. Off until set.
  void set_partial(bool partial) { partial_ = partial; }
  // The next render draws everything (the font texture was rebuilt).
  void invalidate() { invalid_ = true; }
  // A hash of what the last render was given: equal for two frames that look the same.
  std::uint64_t picture() const { return picture_; }

 private:
  struct Program {
    unsigned id = 0;
    int projection = -1;
  };
  void describe(const ImDrawData* data, int fb_height);
  PixelRect area_to_draw(int fb_width, int fb_height, const ImVec4& clear, std::uint64_t textures);
  void set_state(const ImDrawData* data, int fb_width, int fb_height);
  // A command's triangles that can touch its scissor (within the frame's area), in indices_.
  struct Span {
    std::uint32_t first = 0, count = 0;
    PixelRect scissor;
  };
  void draw_list(const ImDrawList* list, const PixelRect& area, int fb_height, const ImDrawData* data);
  void draw_command(const ImDrawList* list, const ImDrawCmd& cmd, const Span& span);
  void draw_flat_run(const ImDrawList* list, const ImDrawCmd& cmd, const Span& span, const DrawRun& run);
  void draw_indices(std::uint32_t first, std::uint32_t count);
  void scissor_to(const PixelRect& r);
  void use(const Program& program);

  Program textured_, flat_;
  unsigned current_program_ = 0;
  unsigned vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0;
  std::vector<DrawRun> runs_;
  std::vector<ClearRect> clears_;          // of the flat run being drawn
  PixelMapping mapping_;                   // this frame's vertex positions to framebuffer pixels
  std::vector<std::uint16_t> indices_;     // the list's triangles kept for this frame
  std::vector<Span> spans_;                // per command of the list
  std::vector<ListPicture> before_, now_;  // the last frame's lists and this one's
  bool partial_ = false, invalid_ = true;
  int width_ = 0, height_ = 0;
  ImVec4 clear_;
  std::uint64_t textures_ = 0, picture_ = 0;
};

}  // namespace entente
