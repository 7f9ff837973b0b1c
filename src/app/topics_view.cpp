// The Topics window: toolbar, legend, KWIC list and the lexicon tab (charts: topics_charts.cpp).
#include "topics_view.h"

#include <algorithm>
#include <cstdio>

#include "help.h"
#include "imgui.h"
#include "tokenize.h"
#include "topic_colors.h"
#include "topics_csv.h"
#include "widgets.h"

namespace entente {

void TopicsView::on_result_changed(const AppModel& model) {
  if (model.changed & kPartDocuments) {
    kwic_corpus_.docs.clear();
    kwic_tokenized_.clear();
  }
  lexicon_ = model.lexicon;
  sel_doc_ = sel_topic_ = -1;
  kwic_.clear();
  status_.clear();
  rebuild_series(model);
}

void TopicsView::rebuild_series(const AppModel& model) {
  const TopicsResult& counts = model.result.topics;
  const std::size_t topics = counts.lexicon.size(), docs = model.result.corpus.docs.size();
  cells_.assign(topics * docs, Cell{});
  for (std::size_t i = 0; i < counts.frequencies.size() && i < cells_.size(); ++i)
    cells_[i] = {counts.frequencies[i].hits, counts.frequencies[i].per_1000};
  corpus_cells_.assign(topics, Cell{});
  for (std::size_t t = 0; t < counts.corpus.size() && t < topics; ++t)
    corpus_cells_[t] = {counts.corpus[t].hits, counts.corpus[t].per_1000};
  shown_.resize(topics, 1);
}

const Corpus& TopicsView::kwic_corpus(const AppModel& model, int doc_index) {
  const auto& docs = model.result.corpus.docs;
  if (kwic_corpus_.docs.size() != docs.size()) {
    kwic_corpus_.docs.assign(docs.size(), Document{});
    kwic_tokenized_.assign(docs.size(), 0);
    for (std::size_t i = 0; i < docs.size(); ++i) kwic_corpus_.docs[i].id = docs[i].id;
  }
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (kwic_tokenized_[i] || (doc_index >= 0 && static_cast<int>(i) != doc_index)) continue;
    Document& d = kwic_corpus_.docs[i];
    d.error = docs[i].error;
    d.text = docs[i].text;
    if (d.ok()) d.tokens = docs[i].tokens.empty() ? tokenize(d.text) : docs[i].tokens;  // as ingest does
    kwic_tokenized_[i] = 1;
  }
  return kwic_corpus_;
}

void TopicsView::select(const AppModel& model, int doc_index, int topic) {
  sel_doc_ = doc_index;
  sel_topic_ = topic;
  KwicOptions options;
  options.doc = doc_index >= 0 ? model.result.corpus.docs[doc_index].id : -1;
  kwic_ = kwic_topic(kwic_corpus(model, doc_index), model.lexicon, model.result.topics.lexicon[topic].id,
                     options);
}

void TopicsView::draw(const AppModel& model, AppActions& actions) {
  if (begin_window(model)) {
    if (model.result.corpus.docs.empty()) {
      muted_text("No documents yet: topic frequencies appear here once a corpus is analyzed.");
    } else if (ImGui::BeginTabBar("topics_tabs")) {
      if (ImGui::BeginTabItem("Frequencies")) {
        draw_toolbar(model);
        draw_legend(model);
        float avail = ImGui::GetContentRegionAvail().y;
        draw_doc_chart(model, actions, std::max(140.0f * model.ui_scale, avail * 0.38f));
        draw_corpus_chart(model, actions, std::max(90.0f * model.ui_scale, avail * 0.2f));
        draw_kwic(model, actions);
        ImGui::EndTabItem();
      }
      const bool lexicon_tab = ImGui::BeginTabItem("Lexicon");
      mark_item(actions, "topics:lexicon-tab");
      if (lexicon_tab) {
        if (editor_.draw(lexicon_, model.ui_scale, actions.probe)) {
          actions.set_lexicon = lexicon_;
          actions.change_label = editor_.change();
        }
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }
  ImGui::End();
}

void TopicsView::draw_toolbar(const AppModel& model) {
  if (ImGui::RadioButton("Per 1,000 tokens", per_1000_)) per_1000_ = true;
  ImGui::SameLine();
  if (ImGui::RadioButton("Hits", !per_1000_)) per_1000_ = false;
  ImGui::SameLine();
  if (ImGui::Button("Copy CSV")) {
    ImGui::SetClipboardText(frequencies_csv(model.result.corpus, model.result.topics).c_str());
    status_ = "Frequency table copied as CSV.";
  }
  if (!status_.empty()) {
    ImGui::SameLine();
    muted_text(status_.c_str());
  }
}

void TopicsView::draw_legend(const AppModel& model) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t t = 0; t < model.result.topics.lexicon.size(); ++t) {
    ImGui::PushID(static_cast<int>(t));
    ImU32 color = shown_[t] ? topic_color(static_cast<int>(t), model.dark) : kMutedColor;
    ImGui::BeginGroup();
    color_swatch(color, 10.0f * model.ui_scale);
    ImGui::SameLine(0, 4.0f * model.ui_scale);
    if (!shown_[t]) ImGui::PushStyleColor(ImGuiCol_Text, kMutedColor);
    ImGui::TextUnformatted(model.result.topics.lexicon[t].label.c_str());
    if (!shown_[t]) ImGui::PopStyleColor();
    ImGui::EndGroup();
    if (ImGui::IsItemClicked()) shown_[t] = !shown_[t];
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s (%s): %d terms. Click to %s.", model.result.topics.lexicon[t].label.c_str(),
                        model.result.topics.lexicon[t].id.c_str(), model.result.topics.lexicon[t].terms,
                        shown_[t] ? "hide" : "show");
    ImGui::PopID();
    if (t + 1 < model.result.topics.lexicon.size()) {
      float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + 16.0f * model.ui_scale +
                   ImGui::CalcTextSize(model.result.topics.lexicon[t + 1].label.c_str()).x;
      if (next < right) ImGui::SameLine();
    }
  }
}

void TopicsView::draw_kwic(const AppModel& model, AppActions& actions) {
  const auto& docs = model.result.corpus.docs;
  if (sel_topic_ < 0 || sel_topic_ >= static_cast<int>(model.result.topics.lexicon.size())) {
    muted_text("Click a bar to list its lines in context (KWIC).");
    return;
  }
  ImGui::Text("%s in %s: %zu lines", model.result.topics.lexicon[sel_topic_].label.c_str(),
              sel_doc_ >= 0 ? docs[sel_doc_].name.c_str() : "all documents", kwic_.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("kwic", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Doc", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Left", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Hit", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  table_headers_with_help(actions);
  const ImU32 hit_color = topic_color(sel_topic_, model.dark);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(kwic_.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const KwicLine& line = kwic_[row];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      char label[48];
      std::snprintf(label, sizeof label, "%d##kwic%d", line.doc, row);
      if (ImGui::Selectable(label, actions.selection.doc == line.doc, ImGuiSelectableFlags_SpanAllColumns))
        actions.selection.doc = line.doc;
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Document %d, bytes %u-%u, term \"%s\"", line.doc, line.start, line.end,
                          line.term.c_str());
      ImGui::TableNextColumn();
      float width = ImGui::CalcTextSize(line.left.c_str()).x, column = ImGui::GetColumnWidth();
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + column -
                           width);  // right-aligned; a long one shows its end
      ImGui::TextUnformatted(line.left.c_str());
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, hit_color);
      ImGui::TextUnformatted(line.hit.c_str());
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(line.right.c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace entente
