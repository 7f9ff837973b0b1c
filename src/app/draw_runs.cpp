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

}  // namespace

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
