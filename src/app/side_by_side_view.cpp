// The Side by Side window (see side_by_side_view.h).
#include "side_by_side_view.h"

#include <algorithm>
#include <cstdio>

#include "help.h"
#include "imgui.h"
#include "widgets.h"
#include "word_diff.h"

namespace entente {
namespace {

const Document* find_doc(const Corpus& corpus, int id) {
  for (const Document& d : corpus.docs) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

std::vector<ImU32> passage_palette() {
  return {IM_COL32(66, 135, 245, 255),  IM_COL32(245, 166, 35, 255), IM_COL32(80, 200, 120, 255),
          IM_COL32(220, 90, 200, 255),  IM_COL32(40, 190, 200, 255), IM_COL32(230, 200, 40, 255),
          IM_COL32(160, 110, 240, 255), IM_COL32(240, 110, 110, 255)};
}

std::string label_of(std::size_t i, const Passage& p) {
  std::string words = p.a_text.substr(0, 60);
  if (p.a_text.size() > 60) words += "...";
  char head[48];
  std::snprintf(head, sizeof head, "%zu. (%.2f) ", i + 1, p.similarity);
  return head + words;
}

}  // namespace

void SideBySideView::on_result_changed(const AppModel& model) {
  (void)model;
  pair_ = -1;
  passage_ = 0;
  doc_a_ = doc_b_ = nullptr;
  labels_.clear();
  palette_ = passage_palette();
}

void SideBySideView::show_pair(const AppModel& model, int pair) {
  pair_ = pair;
  passage_ = 0;
  scroll_ = true;
  labels_.clear();
  const auto& pairs = model.result.overlap.pairs;
  if (pair < 0 || pair >= static_cast<int>(pairs.size())) {
    pair_ = -1;
    return;
  }
  const OverlapPair& p = pairs[pair];
  doc_a_ = find_doc(model.result.corpus, p.a);
  doc_b_ = find_doc(model.result.corpus, p.b);
  if (doc_a_ == nullptr || doc_b_ == nullptr) {
    pair_ = -1;
    return;
  }
  std::vector<HighlightSpan> spans_a, spans_b;
  std::vector<ByteRange> marked_a, marked_b;
  for (std::size_t i = 0; i < p.passages.size(); ++i) {
    const Passage& s = p.passages[i];
    spans_a.push_back({s.a_start, s.a_end, static_cast<int>(i)});
    spans_b.push_back({s.b_start, s.b_end, static_cast<int>(i)});
    const WordDiff diff = word_diff(s.a_text, s.b_text);
    for (const ByteRange& r : diff.a_only) marked_a.emplace_back(r.first + s.a_start, r.second + s.a_start);
    for (const ByteRange& r : diff.b_only) marked_b.emplace_back(r.first + s.b_start, r.second + s.b_start);
    labels_.push_back(label_of(i, s));
  }
  a_.set(doc_a_->text, std::move(spans_a), std::move(marked_a));
  b_.set(doc_b_->text, std::move(spans_b), std::move(marked_b));
}

void SideBySideView::draw(const AppModel& model, AppActions& actions) {
  if (actions.selection.pair != pair_) show_pair(model, actions.selection.pair);
  if (begin_window(model)) {
    if (pair_ < 0) {
      muted_text("Click a cell of the Overlap Heatmap to read two documents side by side.");
    } else {
      draw_header(model, actions);
      draw_texts(model);
    }
  }
  ImGui::End();
}

void SideBySideView::draw_header(const AppModel& model, AppActions& actions) {
  const OverlapPair& p = model.result.overlap.pairs[pair_];
  ImGui::Text("%s  |  %s", doc_a_->name.c_str(), doc_b_->name.c_str());
  ImGui::SameLine();
  char info[96];
  std::snprintf(info, sizeof info, "score %.4f, %d shared tokens", p.score, p.shared_tokens);
  muted_text(info);
  help_marker(actions, "score", column_help("score"));
  const int n = static_cast<int>(p.passages.size());
  if (n == 0) {
    muted_text("No aligned passage: the two share words, not phrases (a heavy rewrite, or one subject).");
    return;
  }
  if (ImGui::ArrowButton("##prev", ImGuiDir_Left) && passage_ > 0) {
    --passage_;
    scroll_ = true;
  }
  ImGui::SameLine();
  if (ImGui::ArrowButton("##next", ImGuiDir_Right) && passage_ + 1 < n) {
    ++passage_;
    scroll_ = true;
  }
  help_marker(actions, "similarity", column_help("similarity"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##passage", labels_[passage_].c_str())) {
    for (int i = 0; i < n; ++i) {
      if (ImGui::Selectable(labels_[i].c_str(), i == passage_)) {
        passage_ = i;
        scroll_ = true;
      }
    }
    ImGui::EndCombo();
  }
}

void SideBySideView::draw_texts(const AppModel& model) {
  const auto& passages = model.result.overlap.pairs[pair_].passages;
  const bool has = passage_ < static_cast<int>(passages.size());
  const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  const float margin = 2 * ImGui::GetTextLineHeightWithSpacing();
  struct Side {
    const char* id;
    HighlightedText& text;
    std::uint32_t start;
  };
  const Side sides[2] = {{"##side_a", a_, has ? passages[passage_].a_start : 0u},
                         {"##side_b", b_, has ? passages[passage_].b_start : 0u}};
  for (int k = 0; k < 2; ++k) {
    if (k == 1) ImGui::SameLine();
    ImGui::BeginChild(sides[k].id, ImVec2(w, 0), true);
    sides[k].text.draw(ImGui::GetContentRegionAvail().x, palette_, has ? passage_ : -1);
    if (scroll_ && has) ImGui::SetScrollY(std::max(0.0f, sides[k].text.y_of(sides[k].start) - margin));
    ImGui::EndChild();
  }
  scroll_ = false;
}

}  // namespace entente
