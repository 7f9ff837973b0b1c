// The Overlap Heatmap window: an N x N grid of pair scores drawn as one texture at screen resolution
// (heatmap_image.h), in input or similarity order (hierarchical clustering, computed by the worker), with
// zoom (mouse wheel) and pan (drag), row and column labels once cells are tall and wide enough, a hover that
// names both documents, and the top pairs listed beside it. A click on a pair, in the grid or the list,
// opens the side-by-side view. CSV exports of pairs and passages. Grid parts live in heatmap_grid.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app.h"
#include "heatmap_image.h"
#include "texture.h"

namespace entente {

struct HeatmapView : View {
  const char* id() const override { return "heatmap"; }
  const char* title() const override { return "Overlap Heatmap###heatmap"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartOverlap; }  // after the documents, in every load
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 460.0f; }
  // {"shared_pairs": pairs with at least one passage (the header's count), "labels": row and column labels
  // drawn in the last frame}
  std::string state_json() const override;

 private:
  void draw_toolbar(const AppModel& model, AppActions& actions);
  void draw_legend(const AppModel& model);
  void draw_top_pairs(const AppModel& model, AppActions& actions, float width, float height);
  // heatmap_grid.cpp
  void draw_grid(const AppModel& model, AppActions& actions, float width, float height);
  void draw_labels(const AppModel& model, ImVec2 grid, float side, float label_w, float label_h);
  void handle_zoom_and_pan(ImVec2 grid, float side);
  void hover_and_click(const AppModel& model, AppActions& actions, ImVec2 grid, float side);
  void draw_selection(const AppActions& actions, ImVec2 grid, float side);
  void set_order(bool by_similarity);
  int row_at(double position) const;  // the row shown at a grid position, clamped

  std::vector<int> ids_;                      // row -> document id (successful documents, input order)
  std::vector<std::string> names_;            // row -> name
  std::vector<int> similarity_order_;         // rows in clustering order
  std::vector<int> order_;                    // position -> row in the current order
  std::vector<int> position_;                 // row -> position in the current order
  std::vector<int> pair_row_a_, pair_row_b_;  // per listed pair: its rows (-1: failed document)
  std::vector<HeatmapPair> drawn_;            // listed pairs at their current positions
  std::vector<int> top_pairs_;                // pair indices by score, highest first
  bool by_similarity_ = true;
  float max_score_ = 0;
  std::string status_;
  // View of the grid: documents [x0, x0 + span) across and [y0, y0 + span) down.
  double view_x_ = 0, view_y_ = 0, view_span_ = 1;
  bool labels_drawn_ = false;  // last frame
  bool dragged_ = false;       // the current press moved the view (so its release is no click)
  HeatmapImage image_;
  bool image_valid_ = false;
  std::unique_ptr<Texture> texture_;
};

}  // namespace entente
