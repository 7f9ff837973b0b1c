// The Overlap Heatmap window (see heatmap_view.h): derived rows, toolbar, legend and the top pairs list.
#include "heatmap_view.h"

#include <algorithm>
#include <cstdio>

#include "help.h"
#include "imgui.h"
#include "overlap_csv.h"
#include "widgets.h"

namespace entente {
namespace {

constexpr int kTopPairs = 500;  // pairs listed beside the grid

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
  pair_row_a_.clear();
  pair_row_b_.clear();
  top_pairs_.clear();
  max_score_ = 0;
  for (int p = 0; p < static_cast<int>(pairs.size()); ++p) {
    const bool shared = !pairs[p].passages.empty();  // a pair without a passage shares no phrase
    pair_row_a_.push_back(shared ? row(pairs[p].a) : -1);
    pair_row_b_.push_back(shared ? row(pairs[p].b) : -1);
    if (pair_row_a_.back() < 0 || pair_row_b_.back() < 0) continue;
    top_pairs_.push_back(p);
    max_score_ = std::max(max_score_, static_cast<float>(pairs[p].score));
  }
  std::stable_sort(top_pairs_.begin(), top_pairs_.end(),
                   [&pairs](int x, int y) { return pairs[x].score > pairs[y].score; });
  if (top_pairs_.size() > static_cast<std::size_t>(kTopPairs)) top_pairs_.resize(kTopPairs);
  // The clustering order comes with the overlap from the worker (never computed on the UI thread); until
  // then, or if it does not fit the documents shown, rows stay in corpus order.
  similarity_order_ = model.result.overlap.doc_order;
  if (similarity_order_.size() != ids_.size()) similarity_order_.clear();
  set_order(by_similarity_);
  view_x_ = view_y_ = 0;
  view_span_ = std::max<double>(1, static_cast<double>(ids_.size()));
  status_.clear();
}

void HeatmapView::set_order(bool by_similarity) {
  by_similarity_ = by_similarity;
  const int n = static_cast<int>(ids_.size());
  order_.resize(n);
  position_.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    order_[i] = by_similarity_ && static_cast<int>(similarity_order_.size()) == n ? similarity_order_[i] : i;
    position_[order_[i]] = i;
  }
  drawn_.clear();
  for (std::size_t p = 0; p < pair_row_a_.size(); ++p) {
    if (pair_row_a_[p] < 0 || pair_row_b_[p] < 0) continue;
    drawn_.push_back({position_[pair_row_a_[p]], position_[pair_row_b_[p]], 0.0f, static_cast<int>(p)});
  }
  image_valid_ = false;
}

void HeatmapView::draw(const AppModel& model, AppActions& actions) {
  if (begin_window(model)) {
    if (ids_.size() < 2) {
      muted_text("Load two or more documents to compare their phrases.");
    } else {
      for (HeatmapPair& d : drawn_) d.score = static_cast<float>(model.result.overlap.pairs[d.pair].score);
      draw_toolbar(model, actions);
      draw_legend(model);
      const ImVec2 avail = ImGui::GetContentRegionAvail();
      const float list_w = std::min(280.0f * model.ui_scale, avail.x * 0.35f);
      draw_grid(model, actions, avail.x - list_w - ImGui::GetStyle().ItemSpacing.x, avail.y);
      ImGui::SameLine();
      draw_top_pairs(model, actions, list_w, avail.y);
    }
  }
  ImGui::End();
}

void HeatmapView::draw_toolbar(const AppModel& model, AppActions& actions) {
  const int shared = static_cast<int>(drawn_.size());
  ImGui::Text("%d documents, %d %s phrases", static_cast<int>(ids_.size()), shared,
              shared == 1 ? "pair shares" : "pairs share");
  help_marker(actions, "score", column_help("score"));
  same_line_if_fits(130.0f * model.ui_scale);
  ImGui::SetNextItemWidth(130.0f * model.ui_scale);
  int order = by_similarity_ ? 1 : 0;
  const char* orders[] = {"Input order", "Similarity order"};
  if (ImGui::Combo("##order", &order, orders, 2)) set_order(order == 1);
  help_marker(actions, "order", column_help("order"));
  same_line_if_fits(button_width("Whole grid"));
  if (ImGui::SmallButton("Whole grid")) {
    view_x_ = view_y_ = 0;
    view_span_ = static_cast<double>(ids_.size());
  }
  same_line_if_fits(button_width("Copy pairs CSV"));
  if (ImGui::SmallButton("Copy pairs CSV")) {
    ImGui::SetClipboardText(overlap_pairs_csv(model.result.corpus, model.result.overlap).c_str());
    status_ = "Pair scores copied as CSV.";
  }
  same_line_if_fits(button_width("Copy passages CSV"));
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
  ImGui::Text("score 0 .. %.3f", max_score_);
  same_line_if_fits(h * 1.6f + ImGui::CalcTextSize("no shared phrases").x);
  const ImVec2 q = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(ImVec2(q.x, q.y + 3 * s), ImVec2(q.x + h * 1.6f, q.y + 3 * s + h),
                    blank_cell_colour(model.dark));
  ImGui::Dummy(ImVec2(h * 1.6f, h + 6 * s));
  ImGui::SameLine();
  ImGui::TextUnformatted("no shared phrases; wheel zooms, drag pans");
}

void HeatmapView::draw_top_pairs(const AppModel& model, AppActions& actions, float width, float height) {
  if (!ImGui::BeginChild("top_pairs", ImVec2(width, height), true)) {
    ImGui::EndChild();
    return;
  }
  ImGui::TextUnformatted("Top pairs");
  const auto& pairs = model.result.overlap.pairs;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(top_pairs_.size()));
  char label[160];
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const int p = top_pairs_[i];
      std::snprintf(label, sizeof label, "%.3f  %s | %s##top%d", pairs[p].score,
                    names_[pair_row_a_[p]].c_str(), names_[pair_row_b_[p]].c_str(), p);
      if (ImGui::Selectable(label, actions.selection.pair == p)) {
        actions.selection.pair = p;
        actions.selection.doc = pairs[p].a;
        actions.open_view = "side_by_side";
      }
      if (i == 0) mark_item(actions, "heatmap:pair0");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\n%s", names_[pair_row_a_[p]].c_str(), names_[pair_row_b_[p]].c_str());
    }
  }
  ImGui::EndChild();
}

}  // namespace entente
