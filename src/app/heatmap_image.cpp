// Heatmap pixels (see heatmap_image.h).
#include "heatmap_image.h"

#include <algorithm>
#include <cmath>

namespace entente {
namespace {

// Pixel range [first, last) covered by document cell [pos, pos + 1) along one axis, at least one pixel wide
// when any of it is visible; empty when it is outside the window.
std::pair<int, int> cover(int pos, double origin, double span, int side) {
  const double scale = side / span;
  const double start = (pos - origin) * scale, end = (pos + 1 - origin) * scale;
  if (end <= 0 || start >= side) return {0, 0};
  int first = static_cast<int>(std::floor(start));
  int last = std::max(first + 1, static_cast<int>(std::ceil(end)));
  return {std::clamp(first, 0, side), std::clamp(last, 0, side)};
}

}  // namespace

ImU32 heat_colour(float t) {
  constexpr int kStops = 5;
  constexpr float kRamp[kStops][3] = {
      {68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
  t = std::clamp(t, 0.0f, 1.0f) * (kStops - 1);
  const int i = std::min(static_cast<int>(t), kStops - 2);
  const float f = t - static_cast<float>(i);
  auto mix = [&](int c) { return static_cast<int>(kRamp[i][c] + (kRamp[i + 1][c] - kRamp[i][c]) * f); };
  return IM_COL32(mix(0), mix(1), mix(2), 255);
}

ImU32 blank_cell_colour(bool dark) {
  return dark ? IM_COL32(110, 110, 110, 255) : IM_COL32(226, 226, 226, 255);
}

void render_heatmap(const std::vector<HeatmapPair>& pairs, const HeatmapWindow& window, float max_score,
                    HeatmapImage& out) {
  out.window = window;
  const int side = std::max(1, window.side);
  const std::size_t size = static_cast<std::size_t>(side) * static_cast<std::size_t>(side);
  out.pixels.assign(size, 0);
  out.pair.assign(size, -1);
  out.best.assign(size, -1.0f);
  std::vector<float>& best = out.best;
  auto paint = [&](int column, int row, const HeatmapPair& p) {
    const auto [x0, x1] = cover(column, window.x0, window.span, side);
    const auto [y0, y1] = cover(row, window.y0, window.span, side);
    for (int y = y0; y < y1; ++y) {
      for (int x = x0; x < x1; ++x) {
        const std::size_t i = static_cast<std::size_t>(y) * side + x;
        if (p.score > best[i] || (p.score == best[i] && p.pair < out.pair[i])) {
          best[i] = p.score;
          out.pair[i] = p.pair;
        }
      }
    }
  };
  for (const HeatmapPair& p : pairs) {
    paint(p.pos_a, p.pos_b, p);
    paint(p.pos_b, p.pos_a, p);
  }
  const float top = max_score > 0 ? max_score : 1.0f;
  for (std::size_t i = 0; i < size; ++i)
    if (out.pair[i] >= 0) out.pixels[i] = heat_colour(best[i] / top);
}

}  // namespace entente
