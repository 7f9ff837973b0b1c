// The Topics window's charts: documents x topics grouped bars and corpus bars, drawn with ImDrawList.
// Only the groups inside the visible part of the scrolled chart are drawn, so large corpora stay cheap.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "topic_colors.h"
#include "topics_view.h"
#include "widgets.h"

namespace entente {
namespace {

bool inside(const ImVec2& p, const ImVec2& a, const ImVec2& b) {
  return p.x >= a.x && p.x < b.x && p.y >= a.y && p.y < b.y;
}

std::string axis_number(double v, bool per_1000) {
  char buf[32];
  std::snprintf(buf, sizeof buf, per_1000 ? "%.1f" : "%.0f", v);
  return buf;
}

}  // namespace

void TopicsView::tooltip(const AppModel& model, int doc_index, int topic, const Cell& c) const {
  ImGui::BeginTooltip();
  if (doc_index >= 0) {
    const Document& d = model.result.corpus.docs[doc_index];
    ImGui::Text("#%d %s", d.id, d.name.c_str());
  } else {
    ImGui::TextUnformatted("All documents");
  }
  color_swatch(chart_color(topic, model.dark), 10.0f * model.ui_scale);
  ImGui::SameLine();
  ImGui::TextUnformatted(model.result.topics.lexicon[topic].label.c_str());
  ImGui::Text("%d hits, %.2f per 1,000 tokens", c.hits, c.per_1000);
  muted_text("Click for the lines in context.");
  ImGui::EndTooltip();
}

void TopicsView::draw_doc_chart(const AppModel& model, AppActions& actions, float height) {
  const int topics = static_cast<int>(model.result.topics.lexicon.size()),
            ndocs = static_cast<int>(model.result.corpus.docs.size());
  const int visible = static_cast<int>(std::count(shown_.begin(), shown_.end(), 1));
  if (!ImGui::BeginChild("doc_chart", ImVec2(0, height), true, ImGuiWindowFlags_HorizontalScrollbar) ||
      visible == 0 || topics == 0) {
    if (visible == 0) muted_text("Every topic is hidden: click a legend entry to show it.");
    ImGui::EndChild();
    return;
  }
  const DocChartFrame f = doc_chart_frame(model, ndocs, visible);
  ImGui::Dummy(ImVec2(f.axis + ndocs * f.group, f.plot_h + f.label_h));
  draw_value_axis(f, ndocs);
  doc_labels_.clear();
  const float clip_min_x = ImGui::GetWindowPos().x, clip_max_x = clip_min_x + ImGui::GetWindowWidth();
  for (int d = 0; d < ndocs; ++d) {
    const float x0 = f.origin.x + f.axis + d * f.group;
    if (x0 + f.group >= clip_min_x && x0 <= clip_max_x) draw_doc_group(model, actions, f, d, x0);
  }
  chart_scrolls_ = ImGui::GetScrollMaxX() > 0;
  ImGui::EndChild();
  if (chart_scrolls_)
    muted_text("Scroll the chart sideways for more documents (shift + wheel, or drag the bar).");
}

// Bars as wide as lets every document fit (3 to 14 px); past that the chart scrolls sideways. The value
// scale is the largest shown cell.
TopicsView::DocChartFrame TopicsView::doc_chart_frame(const AppModel& model, int ndocs, int visible) const {
  DocChartFrame f;
  f.s = model.ui_scale;
  f.gap = 10 * f.s;
  f.axis = 44 * f.s;
  f.label_h = ImGui::GetTextLineHeight() + 4 * f.s;
  const float fit = (ImGui::GetContentRegionAvail().x - f.axis) / std::max(1, ndocs) - f.gap;
  f.bar = std::floor(std::clamp(fit / visible, 3.0f * f.s, 14.0f * f.s));
  f.group = visible * f.bar + f.gap;
  f.origin = ImGui::GetCursorScreenPos();
  f.plot_h = std::max(20.0f, ImGui::GetContentRegionAvail().y - f.label_h - ImGui::GetStyle().ScrollbarSize);
  f.base = f.origin.y + f.plot_h;
  const int topics = static_cast<int>(model.result.topics.lexicon.size());
  for (int d = 0; d < ndocs; ++d)
    for (int t = 0; t < topics; ++t)
      if (shown_[t]) f.max_v = std::max(f.max_v, value(cells_[d * topics + t]));
  if (f.max_v <= 0) f.max_v = 1;
  return f;
}

// Four grid lines with their values, across the whole chart.
void TopicsView::draw_value_axis(const DocChartFrame& f, int ndocs) const {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.5f);
  for (int i = 0; i <= 4; ++i) {
    const float y = f.base - f.plot_h * i / 4.0f;
    dl->AddLine(ImVec2(f.origin.x + f.axis - 4 * f.s, y), ImVec2(f.origin.x + f.axis + ndocs * f.group, y),
                grid);
    dl->AddText(ImVec2(f.origin.x, y - ImGui::GetTextLineHeight() * 0.5f), kMutedColor,
                axis_number(f.max_v * i / 4.0, per_1000_).c_str());
  }
}

// Document d's bars from x0, its hover tooltip and click, and its name under them.
void TopicsView::draw_doc_group(const AppModel& model, AppActions& actions, const DocChartFrame& f, int d,
                                float x0) {
  const auto& docs = model.result.corpus.docs;
  const int topics = static_cast<int>(model.result.topics.lexicon.size());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 mouse = ImGui::GetMousePos();
  const bool hovered_window = ImGui::IsWindowHovered();
  int j = 0;
  for (int t = 0; t < topics; ++t) {
    if (!shown_[t]) continue;
    const Cell& c = cells_[d * topics + t];
    const float x = x0 + j++ * f.bar, h = static_cast<float>(value(c) / f.max_v) * f.plot_h;
    const ImVec2 a(x, f.base - h), b(x + f.bar - 1, f.base);
    dl->AddRectFilled(a, b, chart_color(t, model.dark));
    if (d == sel_doc_ && t == sel_topic_)
      dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), text);
    if (!hovered_window || !inside(mouse, ImVec2(x, f.origin.y), ImVec2(x + f.bar, f.base))) continue;
    tooltip(model, d, t, c);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      select(model, d, t);
      actions.selection.doc = docs[d].id;
      actions.selection.topic = model.result.topics.lexicon[t].id;
    }
  }
  // The document's name under its bars, cut to the group's width (the tooltip has it whole).
  const std::string& label = docs[d].name;
  const ImVec4 clip(x0, f.base, x0 + f.group - f.gap * 0.5f, f.base + f.label_h);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x0, f.base + 2 * f.s),
              actions.selection.doc == docs[d].id ? text : kMutedColor, label.c_str(), nullptr, 0.0f, &clip);
  doc_labels_.push_back(label);
}

void TopicsView::draw_corpus_chart(const AppModel& model, AppActions& actions, float height) {
  const int topics = static_cast<int>(model.result.topics.lexicon.size());
  if (!ImGui::BeginChild("corpus_chart", ImVec2(0, height), true) || topics == 0) {
    ImGui::EndChild();
    return;
  }
  const float s = model.ui_scale, row_h = ImGui::GetTextLineHeightWithSpacing();
  float label_w = 0;
  double max_v = 0;
  for (int t = 0; t < topics; ++t) {
    label_w = std::max(label_w, ImGui::CalcTextSize(model.result.topics.lexicon[t].label.c_str()).x);
    max_v = std::max(max_v, value(corpus_cells_[t]));
  }
  if (max_v <= 0) max_v = 1;
  const float value_w = ImGui::CalcTextSize("00000.00").x;
  const float bar_max = std::max(20.0f, ImGui::GetContentRegionAvail().x - label_w - value_w - 16 * s);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 mouse = ImGui::GetMousePos();
  const bool hovered_window = ImGui::IsWindowHovered();
  ImGuiListClipper clipper;
  clipper.Begin(topics, row_h);
  while (clipper.Step()) {
    for (int t = clipper.DisplayStart; t < clipper.DisplayEnd; ++t) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const Cell& c = corpus_cells_[t];
      ImGui::TextUnformatted(model.result.topics.lexicon[t].label.c_str());
      const float x = p.x + label_w + 8 * s, w = static_cast<float>(value(c) / max_v) * bar_max;
      const ImVec2 a(x, p.y + 2 * s), b(x + std::max(1.0f, w), p.y + row_h - 2 * s);
      dl->AddRectFilled(a, b, chart_color(t, model.dark));
      if (sel_doc_ < 0 && t == sel_topic_) dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Text));
      std::string v = per_1000_ ? axis_number(c.per_1000, true) : std::to_string(c.hits);
      dl->AddText(ImVec2(b.x + 4 * s, p.y), ImGui::GetColorU32(ImGuiCol_Text), v.c_str());
      if (!hovered_window || !inside(mouse, ImVec2(p.x, p.y), ImVec2(x + bar_max, p.y + row_h))) continue;
      tooltip(model, -1, t, c);
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        select(model, -1, t);
        actions.selection.topic = model.result.topics.lexicon[t].id;
      }
    }
  }
  ImGui::EndChild();
}

}  // namespace entente
