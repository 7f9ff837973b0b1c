// The grid of the Overlap Heatmap (see heatmap_view.h): one texture redrawn only when the view changes,
// labels when cells are a text line tall, zoom around the mouse, pan by drag, hover and click by pixel.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "heatmap_view.h"
#include "help.h"
#include "imgui.h"
#include "imgui_internal.h"  // SetItemUsingMouseWheel: the wheel zooms instead of scrolling the window
#include "widgets.h"

namespace entente {
namespace {

constexpr double kMinSpan = 4.0;  // documents across at the deepest zoom

}  // namespace

int HeatmapView::row_at(double position) const {
  const int n = static_cast<int>(order_.size());
  return order_[std::clamp(static_cast<int>(std::floor(position)), 0, n - 1)];
}

void HeatmapView::draw_grid(const AppModel& model, AppActions& actions, float width, float height) {
  const float s = model.ui_scale;
  const float line = ImGui::GetTextLineHeight();
  float side = std::max(32.0f * s, std::min(width, height));
  const bool labels = side / view_span_ >= line + 2.0f * s;
  const float label_w = labels ? std::floor(std::min(150.0f * s, width * 0.3f)) : 0.0f;
  const float label_h = labels ? std::floor(line + 4.0f * s) : 0.0f;
  if (labels) side = std::max(32.0f * s, std::min(width - label_w, height - label_h));
  side = std::floor(side);
  ImGui::BeginGroup();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 grid(std::floor(origin.x + label_w), std::floor(origin.y + label_h));
  ImGui::SetCursorScreenPos(grid);
  ImGui::InvisibleButton("heatmap_grid", ImVec2(side, side));
  mark_item(actions, "heatmap:grid");
  ImGui::SetItemUsingMouseWheel();
  handle_zoom_and_pan(grid, side);

  const HeatmapWindow window{view_x_, view_y_, view_span_, static_cast<int>(side)};
  if (!texture_ && model.textures) {
    texture_ = model.textures();
    image_valid_ = false;
  }
  if (!image_valid_ || !(image_.window == window)) {
    render_heatmap(drawn_, window, max_score_, image_);
    image_valid_ = true;
    if (texture_) texture_->upload(window.side, window.side, image_.pixels.data());
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(grid.x + side, grid.y + side);
  dl->AddRectFilled(grid, end, blank_cell_colour(model.dark));
  if (texture_) dl->AddImage(texture_->id(), grid, end);
  if (labels) draw_labels(model, grid, side, label_w, label_h);
  labels_drawn_ = labels;
  draw_selection(actions, grid, side);
  ImGui::EndGroup();
  if (!texture_) muted_text("This display cannot draw images.");
  hover_and_click(model, actions, grid, side);
}

void HeatmapView::handle_zoom_and_pan(ImVec2 grid, float side) {
  const ImGuiIO& io = ImGui::GetIO();
  const double n = static_cast<double>(ids_.size());
  auto clamp_view = [&] {
    view_span_ = std::clamp(view_span_, std::min(n, kMinSpan), n);
    view_x_ = std::clamp(view_x_, 0.0, n - view_span_);
    view_y_ = std::clamp(view_y_, 0.0, n - view_span_);
  };
  if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
    const double fx = (io.MousePos.x - grid.x) / side, fy = (io.MousePos.y - grid.y) / side;
    const double mx = view_x_ + fx * view_span_, my = view_y_ + fy * view_span_;
    view_span_ *= std::pow(0.8, static_cast<double>(io.MouseWheel));
    clamp_view();
    view_x_ = mx - fx * view_span_;
    view_y_ = my - fy * view_span_;
    clamp_view();
  }
  if (ImGui::IsItemActivated()) dragged_ = false;
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    dragged_ = true;
    view_x_ -= io.MouseDelta.x / side * view_span_;
    view_y_ -= io.MouseDelta.y / side * view_span_;
    clamp_view();
  }
}

void HeatmapView::draw_labels(const AppModel& model, ImVec2 grid, float side, float label_w, float label_h) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cell = side / static_cast<float>(view_span_);
  const float pad = 3.0f * model.ui_scale, line = ImGui::GetTextLineHeight();
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  const int n = static_cast<int>(order_.size());
  const int first_x = static_cast<int>(std::floor(view_x_)), first_y = static_cast<int>(std::floor(view_y_));
  const int last_x = std::min(n, static_cast<int>(std::ceil(view_x_ + view_span_)));
  const int last_y = std::min(n, static_cast<int>(std::ceil(view_y_ + view_span_)));
  char label[64];
  for (int pos = first_y; pos < last_y; ++pos) {  // rows: document number and name, left of the grid
    const float y = grid.y + static_cast<float>((pos - view_y_) * cell);
    const ImVec4 clip(grid.x - label_w, std::max(grid.y, y), grid.x - pad, std::min(grid.y + side, y + cell));
    std::snprintf(label, sizeof label, "%d %s", ids_[order_[pos]], names_[order_[pos]].c_str());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(grid.x - label_w, y + (cell - line) / 2),
                colour, label, nullptr, 0.0f, &clip);
  }
  for (int pos = first_x; pos < last_x;
       ++pos) {  // columns: the document number, above, cut to the cell's width
    const float x = grid.x + static_cast<float>((pos - view_x_) * cell);
    const ImVec4 clip(std::max(grid.x, x + pad), grid.y - label_h, std::min(grid.x + side, x + cell - pad),
                      grid.y);
    std::snprintf(label, sizeof label, "%d", ids_[order_[pos]]);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x + pad, grid.y - label_h), colour, label,
                nullptr, 0.0f, &clip);
  }
}

void HeatmapView::draw_selection(const AppActions& actions, ImVec2 grid, float side) {
  const int p = actions.selection.pair;
  if (p < 0 || p >= static_cast<int>(pair_row_a_.size()) || pair_row_a_[p] < 0 || pair_row_b_[p] < 0) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cell = side / static_cast<float>(view_span_);
  const float w = std::max(cell, 3.0f);
  dl->PushClipRect(grid, ImVec2(grid.x + side, grid.y + side), true);
  const int a = position_[pair_row_a_[p]], b = position_[pair_row_b_[p]];
  for (const auto& [col, row] : {std::make_pair(a, b), std::make_pair(b, a)}) {
    const float x = grid.x + static_cast<float>((col - view_x_) * cell);
    const float y = grid.y + static_cast<float>((row - view_y_) * cell);
    dl->AddRect(ImVec2(x, y), ImVec2(x + w, y + w), IM_COL32(255, 80, 80, 255));
  }
  dl->PopClipRect();
}

void HeatmapView::hover_and_click(const AppModel& model, AppActions& actions, ImVec2 grid, float side) {
  const bool released = ImGui::IsItemDeactivated() && !dragged_;
  if (!ImGui::IsItemHovered() && !released) return;
  const ImVec2 m = ImGui::GetIO().MousePos;
  const int px = std::clamp(static_cast<int>(std::floor(m.x - grid.x)), 0, image_.window.side - 1);
  const int py = std::clamp(static_cast<int>(std::floor(m.y - grid.y)), 0, image_.window.side - 1);
  const int p = image_.pair[static_cast<std::size_t>(py) * image_.window.side + px];
  const auto& pairs = model.result.overlap.pairs;
  if (released && p >= 0) {
    actions.selection.pair = p;
    actions.selection.doc = pairs[p].a;
    actions.open_view = "side_by_side";
  }
  if (!ImGui::IsItemHovered() || ImGui::IsItemActive()) return;
  const int ra = p >= 0 ? pair_row_a_[p] : row_at(view_x_ + (px + 0.5) / side * view_span_);
  const int rb = p >= 0 ? pair_row_b_[p] : row_at(view_y_ + (py + 0.5) / side * view_span_);
  ImGui::BeginTooltip();
  ImGui::Text("%s", names_[ra].c_str());
  ImGui::Text("%s", names_[rb].c_str());
  if (ra == rb) {
    muted_text("same document");
  } else if (p < 0) {
    muted_text("no shared phrases");
  } else {
    ImGui::Text("score %.4f, %d shared tokens, %d passages", pairs[p].score, pairs[p].shared_tokens,
                static_cast<int>(pairs[p].passages.size()));
    muted_text("click to read side by side");
  }
  ImGui::EndTooltip();
}

std::string HeatmapView::state_json() const {
  return "{\"shared_pairs\":" + std::to_string(drawn_.size()) +
         ",\"labels\":" + (labels_drawn_ ? "true" : "false") + "}";
}

}  // namespace entente
