// The Overlap Heatmap window: an N x N grid of pair scores with a colour legend, blank diagonal, hover
// (both names, score, shared tokens), input or similarity order (hierarchical clustering, computed once per
// result), click -> the side-by-side view, CSV exports of pairs and passages. Cells are aggregated to the
// pixel grid so that 1,000 documents stay cheap to draw.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app.h"

namespace entente {

struct HeatmapView : View {
  const char* id() const override { return "heatmap"; }
  const char* title() const override { return "Overlap Heatmap###heatmap"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartOverlap; }  // after the documents, in every load
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 460.0f; }

 private:
  struct Cell {
    int x = 0, y = 0;  // grid position
    float score = 0;   // the largest score aggregated into the cell
  };
  void draw_toolbar(const AppModel& model);
  void draw_grid(const AppModel& model, AppActions& actions);
  void draw_legend(const AppModel& model);
  void rebuild_cells(int grid);
  int pair_at(int row_a, int row_b) const;  // index into overlap.pairs, or -1

  std::vector<int> ids_;               // row -> document id (successful documents, input order)
  std::vector<std::string> names_;     // row -> name
  std::vector<int> similarity_order_;  // rows in clustering order
  std::vector<int> position_;          // row -> position in the current order
  std::vector<std::pair<std::uint64_t, int>> pair_index_;  // (row_a << 32 | row_b, pair), row_a < row_b
  std::vector<std::pair<std::pair<int, int>, float>> pair_rows_;  // (rows, score) per listed pair
  std::vector<Cell> cells_;                                       // aggregated cells for cells_grid_
  int cells_grid_ = -1;
  bool by_similarity_ = true;
  float max_score_ = 0;
  std::string status_;
};

}  // namespace entente
