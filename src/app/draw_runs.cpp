// Flat and textured runs of a draw command's triangles (see draw_runs.h).
#include "draw_runs.h"

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

}  // namespace entente
