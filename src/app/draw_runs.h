// Splits one ImGui draw command's triangles into runs drawn with and without the texture (used by
// src/platform/gl_renderer.cpp): software GL pays for a texture fetch on every pixel, and most of a frame's
// pixels are flat fills whose vertices all sample the font atlas's white pixel. Free of ImGui and GL:
// unit-tested natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "draw_changes.h"

namespace entente {

struct DrawRun {
  std::uint32_t first = 0;  // the run's first index, counted from the command's first index
  std::uint32_t count = 0;  // indices in the run, a multiple of 3
  bool flat = false;        // every vertex samples the white pixel: drawn without the texture
};

// Vertices as bytes: each `stride` bytes long, with its position (2 floats) at `pos_offset`, its texture
// coordinate (2 floats) at `uv_offset` and its colour (4 bytes, R G B A in memory order) at `col_offset`.
struct VertexView {
  const void* data = nullptr;
  std::size_t stride = 0;
  std::size_t pos_offset = 0;
  std::size_t uv_offset = 0;
  std::size_t col_offset = 0;
};

// Where vertex positions land in the framebuffer: pixel = (position - origin) * scale, y downwards.
struct PixelMapping {
  float origin_x = 0, origin_y = 0, scale_x = 1, scale_y = 1;
};

// Replaces `out` with the runs of the `count` indices at `indices` (triangles, in drawing order). A run is
// flat when every vertex of its triangles has the texture coordinate (white_u, white_v) and the triangles
// cover at least `min_flat_area` square pixels together; shorter flat stretches join the textured runs beside
// them (one draw call costs more than a few textured pixels). Neighbouring runs differ in kind, and drawing
// the runs in order, flat ones as the vertex colour, draws the same pixels as one textured draw of every
// index.
void split_draw_runs(const VertexView& vertices, const std::uint16_t* indices, std::uint32_t count,
                     float white_u, float white_v, float min_flat_area, std::vector<DrawRun>& out);

// A rectangle in a flat run that a clear of the framebuffer can fill instead of a draw (software GL fills a
// cleared rectangle several times faster than it shades one).
struct ClearRect {
  std::uint32_t first = 0;  // the rectangle's first index, counted from the run's first index (6 indices)
  PixelRect rect;           // framebuffer pixels, whole numbers
  std::uint8_t rgba[4] = {0, 0, 0, 0};
};

// Replaces `out` with the rectangles among the `count` indices at `indices` (a flat run's triangles) that
// draw the same pixels as a clear to their colour: two triangles in ImGui's rectangle order (a b c, a c d)
// whose corners form an axis-aligned rectangle on whole pixels, of one colour, fully opaque (blending then
// leaves the colour itself), covering at least `min_area` pixels. In order of their first index.
void find_clear_rects(const VertexView& vertices, const std::uint16_t* indices, std::uint32_t count,
                      const PixelMapping& mapping, float min_area, std::vector<ClearRect>& out);

// Appends to `out` the triangles among the `count` indices at `indices` that can touch `rect` (framebuffer
// pixels, where a vertex at position p lands at (p - origin) * scale), in order, and returns how many indices
// it appended. The others are wholly outside `rect`: a draw scissored to it leaves the same pixels without
// them.
std::uint32_t keep_triangles_in(const VertexView& vertices, const std::uint16_t* indices, std::uint32_t count,
                                const PixelRect& rect, float origin_x, float origin_y, float scale_x,
                                float scale_y, std::vector<std::uint16_t>& out);

}  // namespace entente
