// Which part of the page's canvas a frame must redraw (src/platform/gl_renderer.cpp): each ImGui draw list is
// summed up by a hash of what it draws and the rectangle it may touch; the drawing buffer keeps the last
// frame, so only the rectangle where lists changed is drawn again. Free of ImGui and GL: unit-tested
// natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente {

struct PixelRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // x0 <= x1 and y0 <= y1 unless empty
  bool empty() const { return !(x0 < x1 && y0 < y1); }
};

// The smallest rectangle holding both (an empty one adds nothing).
PixelRect unite(const PixelRect& a, const PixelRect& b);
// Their overlap (empty when they do not meet).
PixelRect intersect(const PixelRect& a, const PixelRect& b);

// One draw list of a frame: `id` names it from frame to frame (ImGui keeps one list per window), `hash` sums
// up everything it draws (vertices, indices, clip rectangles, textures), `bounds` holds every pixel it can
// touch.
struct ListPicture {
  const void* id = nullptr;
  std::uint64_t hash = 0;
  PixelRect bounds;
};

// The rectangle to redraw for a frame drawing `now` after `before`, on a `screen`-sized buffer that still
// holds `before`'s pixels, clipped to the screen: empty when nothing changed; the whole screen when lists
// found in both are drawn in another order (a window was raised); otherwise the union of the bounds of the
// lists that appeared, the old bounds of those gone, and the old and new bounds of those whose hash changed.
PixelRect changed_area(const std::vector<ListPicture>& before, const std::vector<ListPicture>& now,
                       const PixelRect& screen);

// A hash of `size` bytes continuing from `seed` (8 bytes at a time; equal bytes give equal hashes).
std::uint64_t hash_bytes(const void* data, std::size_t size, std::uint64_t seed);

}  // namespace entente
