// The Overlap Heatmap window (see heatmap_view.h).
#include "heatmap_view.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "overlap_csv.h"
#include "similarity_order.h"
#include "widgets.h"

namespace entente {
namespace {

// Viridis-like ramp, t in [0, 1].
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

std::uint64_t key_of(int a, int b) {
  if (b < a) std::swap(a, b);
  return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint32_t>(b);
}

}  // namespace

void HeatmapView::on_result_changed(const AppModel& model) {
  ids_.clear();
  names_.clear();
  for (const Document& d : model.result.corpus.docs) {
    if (!d.ok()) continue;
    ids_.push_back(d.id);
    names_.push_back(d.name);
  }
  std::vector<std::pair<int, int>> row_of;  // (id, row), sorted
  for (int r = 0; r < static_cast<int>(ids_.size()); ++r) row_of.emplace_back(ids_[r], r);
  std::sort(row_of.begin(), row_of.end());
  auto row = [&row_of](int id) {
    auto it = std::lower_bound(row_of.begin(), row_of.end(), std::make_pair(id, -1));
    return it != row_of.end() && it->first == id ? it->second : -1;
  };
  const auto& pairs = model.result.overlap.pairs;
  pair_index_.clear();
  pair_rows_.clear();
  max_score_ = 0;
  for (int p = 0; p < static_cast<int>(pairs.size()); ++p) {
    const int a = row(pairs[p].a), b = row(pairs[p].b);
    const float score = static_cast<float>(pairs[p].score);
    pair_rows_.push_back({{a, b}, score});
    if (a < 0 || b < 0) continue;
    pair_index_.emplace_back(key_of(a, b), p);
    max_score_ = std::max(max_score_, score);
  }
  std::sort(pair_index_.begin(), pair_index_.end());
  similarity_order_ = similarity_order(ids_, model.result.overlap);
  cells_grid_ = -1;
  status_.clear();
}

int HeatmapView::pair_at(int row_a, int row_b) const {
  if (row_a == row_b) return -1;
  const std::uint64_t k = key_of(row_a, row_b);
  auto it = std::lower_bound(pair_index_.begin(), pair_index_.end(), std::make_pair(k, -1));
  return it != pair_index_.end() && it->first == k ? it->second : -1;
}

void HeatmapView::rebuild_cells(int grid) {
  const int n = static_cast<int>(ids_.size());
  position_.assign(n, 0);
  for (int i = 0; i < n; ++i) position_[by_similarity_ ? similarity_order_[i] : i] = i;
  std::vector<Cell> raw;
  for (const auto& [rows, score] : pair_rows_) {
    if (rows.first < 0 || rows.second < 0) continue;
    const int x = static_cast<int>(static_cast<long long>(position_[rows.first]) * grid / n);
    const int y = static_cast<int>(static_cast<long long>(position_[rows.second]) * grid / n);
    raw.push_back({x, y, score});
    raw.push_back({y, x, score});
  }
  std::sort(raw.begin(), raw.end(), [](const Cell& p, const Cell& q) {
    return p.x != q.x ? p.x < q.x : (p.y != q.y ? p.y < q.y : p.score > q.score);
  });
  cells_.clear();
  for (const Cell& c : raw) {
    if (cells_.empty() || cells_.back().x != c.x || cells_.back().y != c.y) cells_.push_back(c);
  }
  cells_grid_ = grid;
}

void HeatmapView::draw(const AppModel& model, AppActions& actions) {
  if (begin_window(model)) {
    if (ids_.size() < 2) {
      muted_text("Load two or more documents to compare their phrases.");
    } else {
      draw_toolbar(model);
      draw_legend(model);
      draw_grid(model, actions);
    }
  }
  ImGui::End();
}

void HeatmapView::draw_toolbar(const AppModel& model) {
  ImGui::Text("%d documents, %d pairs share phrases", static_cast<int>(ids_.size()),
              static_cast<int>(pair_index_.size()));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(130.0f * model.ui_scale);
  int order = by_similarity_ ? 1 : 0;
  const char* orders[] = {"Input order", "Similarity order"};
  if (ImGui::Combo("##order", &order, orders, 2)) {
    by_similarity_ = order == 1;
    cells_grid_ = -1;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Copy pairs CSV")) {
    ImGui::SetClipboardText(overlap_pairs_csv(model.result.corpus, model.result.overlap).c_str());
    status_ = "Pair scores copied as CSV.";
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Copy passages CSV")) {
    ImGui::SetClipboardText(overlap_passages_csv(model.result.corpus, model.result.overlap).c_str());
    status_ = "Passages copied as CSV.";
  }
  if (!status_.empty()) {
    ImGui::SameLine();
    muted_text(status_.c_str());
  }
}

void HeatmapView::draw_legend(const AppModel& model) {
  const float s = model.ui_scale;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = 160.0f * s, h = 10.0f * s;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  constexpr int kSteps = 32;
  for (int i = 0; i < kSteps; ++i) {
    const float x0 = p.x + w * i / kSteps, x1 = p.x + w * (i + 1) / kSteps;
    dl->AddRectFilled(ImVec2(x0, p.y + 3 * s), ImVec2(x1, p.y + 3 * s + h), heat_colour((i + 0.5f) / kSteps));
  }
  ImGui::Dummy(ImVec2(w, h + 6 * s));
  ImGui::SameLine();
  ImGui::Text("score 0 .. %.3f (blank: no shared phrases)", max_score_);
}

void HeatmapView::draw_grid(const AppModel& model, AppActions& actions) {
  const int n = static_cast<int>(ids_.size());
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float side = std::max(32.0f * model.ui_scale, std::min(avail.x, avail.y));
  const int grid = std::max(1, std::min(n, static_cast<int>(side)));
  if (grid != cells_grid_) rebuild_cells(grid);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("heatmap_grid", ImVec2(side, side));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, ImVec2(p0.x + side, p0.y + side), ImGui::GetColorU32(ImGuiCol_FrameBg));
  const float cell = side / static_cast<float>(grid);
  const float top = max_score_ > 0 ? max_score_ : 1.0f;
  for (const Cell& c : cells_) {
    const ImVec2 a(p0.x + c.x * cell, p0.y + c.y * cell);
    dl->AddRectFilled(a, ImVec2(a.x + std::max(cell, 1.0f), a.y + std::max(cell, 1.0f)),
                      heat_colour(c.score / top));
  }
  const auto& pairs = model.result.overlap.pairs;
  if (actions.selection.pair >= 0 && actions.selection.pair < static_cast<int>(pair_rows_.size())) {
    const auto rows = pair_rows_[actions.selection.pair].first;
    if (rows.first >= 0 && rows.second >= 0) {
      const float x = position_[rows.first] * side / n, y = position_[rows.second] * side / n;
      const float w = std::max(side / n, 3.0f);
      dl->AddRect(ImVec2(p0.x + x, p0.y + y), ImVec2(p0.x + x + w, p0.y + y + w), IM_COL32(255, 80, 80, 255));
    }
  }
  if (!ImGui::IsItemHovered()) return;
  const ImVec2 m = ImGui::GetIO().MousePos;
  const int px = std::clamp(static_cast<int>((m.x - p0.x) / side * n), 0, n - 1);
  const int py = std::clamp(static_cast<int>((m.y - p0.y) / side * n), 0, n - 1);
  const int ra = by_similarity_ ? similarity_order_[px] : px;
  const int rb = by_similarity_ ? similarity_order_[py] : py;
  const int p = pair_at(ra, rb);
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
  if (p >= 0 && ImGui::IsItemClicked()) {
    actions.selection.pair = p;
    actions.selection.doc = ids_[ra];
  }
}

}  // namespace entente
