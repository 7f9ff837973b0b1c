// The Discovered Topics window (see discovered_view.h).
#include "discovered_view.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "topic_colors.h"
#include "topics_csv.h"
#include "widgets.h"

namespace entente {

void DiscoveredView::on_result_changed(const AppModel& model) {
  const DiscoveredTopics& disc = model.result.topics.discovered;
  terms_.clear();
  for (const DiscoveredTopic& t : disc.topics) {
    std::string joined;
    for (const std::string& w : t.top_terms) joined += (joined.empty() ? "" : " ") + w;
    terms_.push_back(std::move(joined));
  }
  dominant_.assign(disc.doc_topic.size(), -1);
  for (std::size_t d = 0; d < disc.doc_topic.size(); ++d) {
    const auto& row = disc.doc_topic[d];
    auto best = std::max_element(row.begin(), row.end());
    if (best != row.end() && *best > 0) dominant_[d] = static_cast<int>(best - row.begin());
  }
  status_.clear();
}

void DiscoveredView::draw(const AppModel& model, AppActions& actions) {
  if (begin_window(model)) {
    draw_progress(model, actions);
    const DiscoveredTopics& disc = model.result.topics.discovered;
    if (disc.k == 0 || disc.topics.empty()) {
      if (!model.load.busy) muted_text("No discovered topics: analyze a corpus to sample them.");
    } else {
      ImGui::Text("%d topics, seed %d, %d sweeps", disc.k, disc.seed, disc.iterations);
      ImGui::SameLine();
      if (ImGui::SmallButton("Copy CSV")) {
        ImGui::SetClipboardText(discovered_csv(model.result.corpus, disc).c_str());
        status_ = "Discovered topics copied as CSV.";
      }
      if (!status_.empty()) {
        ImGui::SameLine();
        muted_text(status_.c_str());
      }
      draw_topics(model);
      draw_heat_strip(model, actions);
    }
  }
  ImGui::End();
}

void DiscoveredView::draw_progress(const AppModel& model, AppActions& actions) {
  if (!model.load.busy) return;
  const std::string overlay = describe_progress(model.load);
  ImGui::ProgressBar(static_cast<float>(model.load.progress), ImVec2(-120.0f * model.ui_scale, 0),
                     overlay.c_str());
  ImGui::SameLine();
  const bool sampling = model.load.stage == "Discovering topics";
  if (!sampling) ImGui::BeginDisabled();
  if (ImGui::Button("Stop")) actions.stop_sampling = true;
  if (!sampling) ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Stop sampling and keep the topics found so far");
}

void DiscoveredView::draw_topics(const AppModel& model) {
  const float height = std::min(ImGui::GetContentRegionAvail().y * 0.45f,
                                (terms_.size() + 1.5f) * ImGui::GetTextLineHeightWithSpacing());
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("discovered_terms", 2, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Topic", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Top terms", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  shown_numbers_.clear();
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    color_swatch(topic_color(static_cast<int>(t), model.dark), 10.0f * model.ui_scale);
    ImGui::SameLine();
    ImGui::Text("%zu", t);  // numbered from 0, as in the CSV and JSON exports (and like documents)
    shown_numbers_.push_back(static_cast<int>(t));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(terms_[t].c_str());
  }
  ImGui::EndTable();
}

void DiscoveredView::draw_heat_strip(const AppModel& model, AppActions& actions) {
  const DiscoveredTopics& disc = model.result.topics.discovered;
  const auto& docs = model.result.corpus.docs;
  const int k = disc.k, rows = static_cast<int>(std::min(disc.doc_topic.size(), docs.size()));
  const float s = model.ui_scale, row_h = ImGui::GetTextLineHeightWithSpacing();
  ImGui::TextUnformatted(
      "Topic shares per document (strongest topic of each document framed; shading relative to it)");
  if (!ImGui::BeginChild("heat_strip", ImVec2(0, 0), true)) {
    ImGui::EndChild();
    return;
  }
  const float name_w = std::min(220.0f * s, ImGui::GetContentRegionAvail().x * 0.35f);
  const float cell_w =
      std::max(6.0f * s, (ImGui::GetContentRegionAvail().x - name_w - 8 * s) / std::max(1, k));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 mouse = ImGui::GetMousePos();
  const bool hovered_window = ImGui::IsWindowHovered();
  ImGuiListClipper clipper;
  clipper.Begin(rows, row_h);
  while (clipper.Step()) {
    for (int d = clipper.DisplayStart; d < clipper.DisplayEnd; ++d) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      char label[64];
      std::snprintf(label, sizeof label, "#%d %.40s##heat%d", docs[d].id, docs[d].name.c_str(), d);
      ImGui::PushClipRect(p, ImVec2(p.x + name_w, p.y + row_h), true);
      if (ImGui::Selectable(label, actions.selection.doc == docs[d].id, 0, ImVec2(name_w, 0)))
        actions.selection.doc = docs[d].id;
      ImGui::PopClipRect();
      const auto& row = disc.doc_topic[d];
      const double row_max = row.empty() ? 0.0 : *std::max_element(row.begin(), row.end());
      for (int t = 0; t < k && t < static_cast<int>(row.size()); ++t) {
        const double share = row[t];
        ImVec4 c = ImGui::ColorConvertU32ToFloat4(topic_color(t, model.dark));
        c.w = 0.06f + 0.94f * static_cast<float>(row_max > 0 ? share / row_max : 0.0);  // relative to the row
        const ImVec2 a(p.x + name_w + 8 * s + t * cell_w, p.y + 1), b(a.x + cell_w - 1, p.y + row_h - 1);
        dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(c));
        if (t == dominant_[d]) dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Text, 0.6f));
        if (hovered_window && mouse.x >= a.x && mouse.x < b.x + 1 && mouse.y >= a.y && mouse.y < b.y + 1)
          ImGui::SetTooltip("#%d %s\nTopic %d: %.1f%%\n%s", docs[d].id, docs[d].name.c_str(), t,
                            share * 100.0, t < static_cast<int>(terms_.size()) ? terms_[t].c_str() : "");
      }
    }
  }
  ImGui::EndChild();
}

std::string DiscoveredView::state_json() const {
  std::string out = "{\"numbers\":[";
  for (std::size_t i = 0; i < shown_numbers_.size(); ++i)
    out += (i ? "," : "") + std::to_string(shown_numbers_[i]);
  return out + "]}";
}

}  // namespace entente
