// The page's split of a draw command into flat and textured runs (src/app/draw_runs.h).
#include "draw_runs.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace {

using entente::DrawRun;

// Laid out like ImGui's ImDrawVert: position, texture coordinate, packed colour.
struct Vertex {
  float x, y, u, v;
  std::uint32_t colour;
};

constexpr float kWhiteU = 0.25f, kWhiteV = 0.5f;

struct Mesh {
  std::vector<Vertex> vertices;
  std::vector<std::uint16_t> indices;

  // A w x h rectangle at (x, y) as two triangles; `white` samples the white pixel, otherwise a glyph's
  // texels.
  void rect(float x, float y, float w, float h, bool white) {
    const auto base = static_cast<std::uint16_t>(vertices.size());
    const float u = white ? kWhiteU : 0.1f, v = white ? kWhiteV : 0.1f;
    for (int k = 0; k < 4; ++k) {
      vertices.push_back({x + (k & 1 ? w : 0), y + (k & 2 ? h : 0), white ? u : u + (k & 1) * 0.01f,
                          white ? v : v + (k >> 1) * 0.01f, 0xffffffffu});
    }
    for (int k : {0, 1, 2, 1, 3, 2}) indices.push_back(static_cast<std::uint16_t>(base + k));
  }

  std::vector<DrawRun> split(float min_area) const {
    const entente::VertexView view{vertices.data(), sizeof(Vertex), offsetof(Vertex, x), offsetof(Vertex, u)};
    std::vector<DrawRun> runs{{99, 99, true}};  // replaced, not appended to
    entente::split_draw_runs(view, indices.data(), static_cast<std::uint32_t>(indices.size()), kWhiteU,
                             kWhiteV, min_area, runs);
    return runs;
  }
};

bool same(const DrawRun& a, const DrawRun& b) {
  return a.first == b.first && a.count == b.count && a.flat == b.flat;
}

}  // namespace

TEST_CASE("a window's background is drawn flat and its text textured, in order") {
  Mesh m;
  m.rect(0, 0, 400, 300, true);  // background: 120,000 px
  m.rect(10, 10, 7, 13, false);  // two glyphs
  m.rect(17, 10, 7, 13, false);
  m.rect(0, 280, 400, 20, true);  // a footer bar over the text: still after it
  const auto runs = m.split(4096);
  REQUIRE(runs.size() == 3);
  CHECK(same(runs[0], {0, 6, true}));
  CHECK(same(runs[1], {6, 12, false}));
  CHECK(same(runs[2], {18, 6, true}));
}

TEST_CASE("flat stretches smaller than the least area join the textured runs beside them") {
  Mesh m;
  m.rect(10, 10, 7, 13, false);
  m.rect(20, 10, 30, 2, true);  // an underline: 60 px
  m.rect(50, 10, 7, 13, false);
  const auto small = m.split(4096);
  REQUIRE(small.size() == 1);
  CHECK(same(small[0], {0, 18, false}));
  const auto any = m.split(0);  // with no least area it is a run of its own
  REQUIRE(any.size() == 3);
  CHECK(same(any[1], {6, 6, true}));
}

TEST_CASE("a triangle with one vertex off the white pixel is textured") {
  Mesh m;
  m.rect(0, 0, 200, 200, true);
  m.vertices[2].u = kWhiteU + 0.001f;  // a corner both triangles share
  const auto runs = m.split(0);
  REQUIRE(runs.size() == 1);
  CHECK_FALSE(runs[0].flat);
  CHECK(runs[0].count == 6);
}

TEST_CASE("runs cover every whole triangle once; trailing indices and empty commands give nothing") {
  Mesh m;
  for (int k = 0; k < 20; ++k) m.rect(k * 10.0f, 0, k % 3 ? 90.0f : 5.0f, 90, k % 2 == 0);
  m.indices.push_back(0);  // not a whole triangle
  const auto runs = m.split(1000);
  std::uint32_t next = 0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    CHECK(runs[i].first == next);
    CHECK(runs[i].count % 3 == 0);
    if (i > 0) CHECK(runs[i].flat != runs[i - 1].flat);
    next += runs[i].count;
  }
  CHECK(next == 120);
  Mesh empty;
  CHECK(empty.split(0).empty());
}

TEST_CASE("only triangles that can touch the rectangle are kept, in order") {
  Mesh m;
  m.rect(0, 0, 10, 10, false);     // inside
  m.rect(500, 500, 10, 10, true);  // far outside
  m.rect(95, 40, 10, 10, false);   // straddles the right edge
  m.rect(101, 0, 5, 5, false);     // a pixel beyond the right edge: kept (a centre may lie inside)
  m.rect(0, 0, 1000, 1000, true);  // covers it
  const entente::VertexView view{m.vertices.data(), sizeof(Vertex), offsetof(Vertex, x), offsetof(Vertex, u)};
  std::vector<std::uint16_t> out{7, 7, 7};  // appended to
  const auto n =
      entente::keep_triangles_in(view, m.indices.data(), static_cast<std::uint32_t>(m.indices.size()),
                                 {0, 0, 100, 100}, 0, 0, 1, 1, out);
  CHECK(n == 24);
  REQUIRE(out.size() == 27);
  CHECK(out[3] == m.indices[0]);
  CHECK(out[9] == m.indices[12]);  // the third rectangle follows the first
  CHECK(out[26] == m.indices[29]);
  // Positions scaled to pixels: the far rectangle is inside at a tenth of the size.
  out.clear();
  CHECK(entente::keep_triangles_in(view, m.indices.data(), 12, {0, 0, 100, 100}, 0, 0, 0.1f, 0.1f, out) ==
        12);
}

namespace {

// A rectangle as ImGui's PrimRect writes it: corners a b c d clockwise from the top left, triangles a b c and
// a c d, one colour (bytes R G B A).
void prim_rect(Mesh& m, float x0, float y0, float x1, float y1, std::uint32_t colour) {
  const auto base = static_cast<std::uint16_t>(m.vertices.size());
  for (const auto& [x, y] : {std::pair{x0, y0}, std::pair{x1, y0}, std::pair{x1, y1}, std::pair{x0, y1}})
    m.vertices.push_back({x, y, kWhiteU, kWhiteV, colour});
  for (int k : {0, 1, 2, 0, 2, 3}) m.indices.push_back(static_cast<std::uint16_t>(base + k));
}

std::vector<entente::ClearRect> clears(const Mesh& m, const entente::PixelMapping& mapping, float min_area) {
  const entente::VertexView view{m.vertices.data(), sizeof(Vertex), offsetof(Vertex, x), offsetof(Vertex, u),
                                 offsetof(Vertex, colour)};
  std::vector<entente::ClearRect> out(3);  // replaced, not appended to
  entente::find_clear_rects(view, m.indices.data(), static_cast<std::uint32_t>(m.indices.size()), mapping,
                            min_area, out);
  return out;
}

constexpr std::uint32_t kOpaqueBlue = 0xff804020u;  // R 0x20, G 0x40, B 0x80, A 0xff

}  // namespace

TEST_CASE("opaque rectangles on whole pixels are found for clearing, in order, with their colour") {
  Mesh m;
  prim_rect(m, 0, 0, 400, 300, kOpaqueBlue);  // a panel's background
  m.rect(10, 10, 7, 13, true);                // small: drawn
  prim_rect(m, 0, 300, 400, 320, 0xff000000u);
  const auto found = clears(m, {}, 1024);
  REQUIRE(found.size() == 2);
  CHECK(found[0].first == 0);
  CHECK(found[0].rect.x0 == 0);
  CHECK(found[0].rect.y0 == 0);
  CHECK(found[0].rect.x1 == 400);
  CHECK(found[0].rect.y1 == 300);
  CHECK(found[0].rgba[0] == 0x20);
  CHECK(found[0].rgba[1] == 0x40);
  CHECK(found[0].rgba[2] == 0x80);
  CHECK(found[0].rgba[3] == 0xff);
  CHECK(found[1].first == 12);
  CHECK(found[1].rect.y0 == 300);
  CHECK(found[1].rect.y1 == 320);
}

TEST_CASE("rectangles that a clear would not match are drawn") {
  Mesh m;
  prim_rect(m, 0, 0, 400, 300, 0x80804020u);     // translucent: blending mixes it with what is below
  prim_rect(m, 0.5f, 0, 400, 300, kOpaqueBlue);  // off the pixel grid: edge pixels partly covered
  prim_rect(m, 0, 0, 20, 20, kOpaqueBlue);       // smaller than the least area
  m.rect(0, 0, 400, 300, true);                  // another triangle order
  const std::size_t skewed = m.vertices.size();
  prim_rect(m, 0, 0, 400, 300, kOpaqueBlue);
  m.vertices[skewed + 2].x = 390;  // not a rectangle
  const std::size_t shaded = m.vertices.size();
  prim_rect(m, 0, 0, 400, 300, kOpaqueBlue);
  m.vertices[shaded + 3].colour = 0xff000000u;  // a gradient
  CHECK(clears(m, {}, 1024).empty());
}

TEST_CASE("clear rectangles are in framebuffer pixels") {
  Mesh m;
  prim_rect(m, 100.5f, 50, 300.5f, 150, kOpaqueBlue);  // whole pixels only once mapped
  const auto found = clears(m, {0.5f, 10, 2, 2}, 1024);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rect.x0 == 200);
  CHECK(found[0].rect.y0 == 80);
  CHECK(found[0].rect.x1 == 600);
  CHECK(found[0].rect.y1 == 280);
}
