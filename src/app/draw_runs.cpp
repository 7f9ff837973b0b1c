// Flat and textured runs of a draw command's triangles (see draw_runs.h).
#include "draw_runs.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace entente {
namespace {

struct Point {
  float x = 0, y = 0;
};

Point read_point(const VertexView& v, std::uint16_t vertex, std::size_t offset) {
  Point p;
  std::memcpy(&p, static_cast<const unsigned char*>(v.data) + vertex * v.stride + offset, sizeof p);
  return p;
}

// Adds `run` to `out`, joined to the last run when that one is of the same kind.
void append_run(std::vector<DrawRun>& out, const DrawRun& run) {
  if (!out.empty() && out.back().flat == run.flat) {
    out.back().count += run.count;
  } else {
    out.push_back(run);
  }
}

// The colour of `vertex`, as its 4 bytes.
std::uint32_t read_colour(const VertexView& v, std::uint16_t vertex) {
  std::uint32_t c = 0;
  std::memcpy(&c, static_cast<const unsigned char*>(v.data) + vertex * v.stride + v.col_offset, sizeof c);
  return c;
}

bool whole(float x) {
  return x == std::floor(x);
}

// The pixel rectangle of the two triangles at `t` (ImGui's a b c, a c d), when they form an axis-aligned
// rectangle on whole pixels; an empty one otherwise.
PixelRect rectangle_at(const VertexView& v, const std::uint16_t* t, const PixelMapping& m) {
  if (t[3] != t[0] || t[4] != t[2]) return {};
  Point p[4];
  const std::uint16_t corners[4] = {t[0], t[1], t[2], t[5]};
  for (int k = 0; k < 4; ++k) {
    p[k] = read_point(v, corners[k], v.pos_offset);
    p[k] = {(p[k].x - m.origin_x) * m.scale_x, (p[k].y - m.origin_y) * m.scale_y};
    if (!whole(p[k].x) || !whole(p[k].y)) return {};
  }
  const bool across = p[0].y == p[1].y && p[1].x == p[2].x && p[2].y == p[3].y && p[3].x == p[0].x;
  const bool down = p[0].x == p[1].x && p[1].y == p[2].y && p[2].x == p[3].x && p[3].y == p[0].y;
  if (!across && !down) return {};
  return {std::min(p[0].x, p[2].x), std::min(p[0].y, p[2].y), std::max(p[0].x, p[2].x),
          std::max(p[0].y, p[2].y)};
}

}  // namespace

void find_clear_rects(const VertexView& vertices, const std::uint16_t* indices, std::uint32_t count,
                      const PixelMapping& mapping, float min_area, std::vector<ClearRect>& out) {
  out.clear();
  for (std::uint32_t t = 0; t + 6 <= count; t += 3) {
    const PixelRect r = rectangle_at(vertices, indices + t, mapping);
    if (r.empty() || (r.x1 - r.x0) * (r.y1 - r.y0) < min_area) continue;
    const std::uint32_t colour = read_colour(vertices, indices[t]);
    bool one = true;
    for (int k : {1, 2, 5}) one = one && read_colour(vertices, indices[t + k]) == colour;
    ClearRect c{t, r, {}};
    std::memcpy(c.rgba, &colour, sizeof colour);
    if (!one || c.rgba[3] != 255) continue;
    out.push_back(c);
    t += 3;  // past the rectangle's second triangle
  }
}

void split_draw_runs(const VertexView& vertices, const std::uint16_t* indices, std::uint32_t count,
                     float white_u, float white_v, float min_flat_area, std::vector<DrawRun>& out) {
  out.clear();
  DrawRun run;
  float run_area = 0;
  auto close_run = [&] {
    if (run.count == 0) return;
    if (run.flat && run_area < min_flat_area) run.flat = false;
    append_run(out, run);
  };
  for (std::uint32_t t = 0; t + 3 <= count; t += 3) {
    bool flat = true;
    Point p[3];
    for (int k = 0; k < 3; ++k) {
      const Point uv = read_point(vertices, indices[t + k], vertices.uv_offset);
      flat = flat && uv.x == white_u && uv.y == white_v;
      p[k] = read_point(vertices, indices[t + k], vertices.pos_offset);
    }
    if (run.count == 0 || flat != run.flat) {
      close_run();
      run = DrawRun{t, 0, flat};
      run_area = 0;
    }
    run.count += 3;
    if (flat)
      run_area +=
          std::fabs((p[1].x - p[0].x) * (p[2].y - p[0].y) - (p[2].x - p[0].x) * (p[1].y - p[0].y)) / 2;
  }
  close_run();
}

std::uint32_t keep_triangles_in(const VertexView& vertices, const std::uint16_t* indices, std::uint32_t count,
                                const PixelRect& rect, float origin_x, float origin_y, float scale_x,
                                float scale_y, std::vector<std::uint16_t>& out) {
  // The rectangle in vertex units, a pixel wider on every side (a pixel is drawn when its centre is inside).
  const float x0 = (rect.x0 - 1) / scale_x + origin_x, x1 = (rect.x1 + 1) / scale_x + origin_x;
  const float y0 = (rect.y0 - 1) / scale_y + origin_y, y1 = (rect.y1 + 1) / scale_y + origin_y;
  const std::size_t before = out.size();
  for (std::uint32_t t = 0; t + 3 <= count; t += 3) {
    const Point a = read_point(vertices, indices[t], vertices.pos_offset);
    const Point b = read_point(vertices, indices[t + 1], vertices.pos_offset);
    const Point c = read_point(vertices, indices[t + 2], vertices.pos_offset);
    const bool outside = std::max({a.x, b.x, c.x}) < x0 || std::min({a.x, b.x, c.x}) > x1 ||
                         std::max({a.y, b.y, c.y}) < y0 || std::min({a.y, b.y, c.y}) > y1;
    if (!outside) out.insert(out.end(), indices + t, indices + t + 3);
  }
  return static_cast<std::uint32_t>(out.size() - before);
}

}  // namespace entente
