// The Overlap Heatmap's pixels for one view of the grid: each pixel shows the highest-scoring pair whose cell
// covers it and remembers that pair, so what is drawn and what a hover or click picks are the same pair at
// any zoom (10,000 documents on a few hundred pixels, or a few documents many pixels wide).
#pragma once

#include <cstdint>
#include <vector>

#include "imgui.h"

namespace entente {

// A listed pair at its positions in the current order (column a, row b; drawn at both (a, b) and (b, a)).
struct HeatmapPair {
  int pos_a = 0, pos_b = 0;
  float score = 0;
  int pair = -1;  // index into overlap.pairs
};

// The square of the grid on screen: documents [x0, x0 + span) across and [y0, y0 + span) down, on side x side
// pixels.
struct HeatmapWindow {
  double x0 = 0, y0 = 0, span = 1;
  int side = 1;
  bool operator==(const HeatmapWindow& o) const {
    return x0 == o.x0 && y0 == o.y0 && span == o.span && side == o.side;
  }
};

struct HeatmapImage {
  HeatmapWindow window;
  std::vector<std::uint32_t> pixels;  // side * side, row by row; IM_COL32, alpha 0 where no pair
  std::vector<int> pair;              // side * side: the pair drawn there, or -1
  std::vector<float> best;            // side * side: the score drawn there (scratch)
};

// Viridis-like ramp, t in [0, 1] (clamped).
ImU32 heat_colour(float t);

// The colour of a cell without shared phrases: a neutral grey far from every colour of the ramp (the ramp's
// low end is nearly black, so blank cells must not be dark in the dark theme).
ImU32 blank_cell_colour(bool dark);

// Draws `pairs` into `window`, reusing out's buffers; colours scale by max_score (> 0). Time O(pairs + drawn
// pixels). Ties at a pixel go to the lower pair index, so the image is the same whatever the order of
// `pairs`.
void render_heatmap(const std::vector<HeatmapPair>& pairs, const HeatmapWindow& window, float max_score,
                    HeatmapImage& out);

}  // namespace entente
