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
namespace {

constexpr std::size_t kChartedTopics = 6;  // topics charted at first: the most frequent ones

}  // namespace

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
  if (model.changed & kPartDocuments) picked_ = false;  // a new corpus: its own most frequent topics
  if (shown_.size() != topics || !picked_) chart_top_topics(kChartedTopics);
}

void TopicsView::chart_top_topics(std::size_t count) {
  std::vector<int> order(corpus_cells_.size());
  for (std::size_t t = 0; t < order.size(); ++t) order[t] = static_cast<int>(t);
  std::stable_sort(order.begin(), order.end(),
                   [this](int a, int b) { return corpus_cells_[a].hits > corpus_cells_[b].hits; });
  shown_.assign(order.size(), 0);
  for (std::size_t i = 0; i < order.size() && i < count; ++i) shown_[order[i]] = 1;
  rerank();
}

// Charted topics take the palette's first colours in topic order, so a few charted topics never share
// near-identical hues.
void TopicsView::rerank() {
  rank_.assign(shown_.size(), -1);
  int next = 0;
  for (std::size_t t = 0; t < shown_.size(); ++t)
    if (shown_[t]) rank_[t] = next++;
}

ImU32 TopicsView::chart_color(int topic, bool dark) const {
  const int rank = topic >= 0 && topic < static_cast<int>(rank_.size()) ? rank_[topic] : -1;
  return rank >= 0 ? topic_color(rank, dark) : kMutedColor;
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
        const float chart_h = std::max(100.0f * model.ui_scale, avail * 0.5f);  // the rest: lines in context
        if (corpus_chart_)
          draw_corpus_chart(model, actions, chart_h);
        else
          draw_doc_chart(model, actions, chart_h);
        kwic_h_ = ImGui::GetContentRegionAvail().y;
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
  const float em = ImGui::GetFontSize();
  int chart = corpus_chart_ ? 1 : 0;
  const char* charts[] = {"By document", "Whole corpus"};
  ImGui::SetNextItemWidth(em * 8.0f);
  if (ImGui::Combo("##chart", &chart, charts, 2)) corpus_chart_ = chart == 1;
  same_line_if_fits(ImGui::GetFrameHeight() + button_width("Per 1,000 tokens"));
  if (ImGui::RadioButton("Per 1,000 tokens", per_1000_)) per_1000_ = true;
  same_line_if_fits(ImGui::GetFrameHeight() + button_width("Hits"));
  if (ImGui::RadioButton("Hits", !per_1000_)) per_1000_ = false;
  same_line_if_fits(button_width("Copy CSV"));
  if (ImGui::Button("Copy CSV")) {
    ImGui::SetClipboardText(frequencies_csv(model.result.corpus, model.result.topics).c_str());
    status_ = "Frequency table copied as CSV.";
  }
  draw_topic_picker(model);
  if (!status_.empty()) {
    ImGui::SameLine();
    muted_text(status_.c_str());
  }
}

// "Topics: 6 of 19": a popup to pick the charted topics (the most frequent ones, all, none, or one by one).
void TopicsView::draw_topic_picker(const AppModel& model) {
  const auto& lexicon = model.result.topics.lexicon;
  char label[64];
  std::snprintf(label, sizeof label, "Topics: %d of %zu...",
                static_cast<int>(std::count(shown_.begin(), shown_.end(), 1)), lexicon.size());
  same_line_if_fits(button_width(label));
  if (ImGui::Button(label)) ImGui::OpenPopup("topic_picker");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Choose the topics the charts show");
  if (!ImGui::BeginPopup("topic_picker")) return;
  picked_ = true;
  if (ImGui::Button("Most frequent 6")) chart_top_topics(kChartedTopics);
  ImGui::SameLine();
  if (ImGui::Button("All")) chart_top_topics(lexicon.size());
  ImGui::SameLine();
  if (ImGui::Button("None")) chart_top_topics(0);
  for (std::size_t t = 0; t < lexicon.size() && t < shown_.size(); ++t) {
    bool on = shown_[t] != 0;
    if (ImGui::Checkbox(lexicon[t].label.c_str(), &on)) {
      shown_[t] = on ? 1 : 0;
      rerank();
    }
  }
  ImGui::EndPopup();
}

// The charted topics, each with its colour; a click hides one (the picker brings it back).
void TopicsView::draw_legend(const AppModel& model) {
  const auto& lexicon = model.result.topics.lexicon;
  bool first = true;
  for (std::size_t t = 0; t < lexicon.size() && t < shown_.size(); ++t) {
    if (!shown_[t]) continue;
    const float width = 14.0f * model.ui_scale + ImGui::CalcTextSize(lexicon[t].label.c_str()).x;
    if (!first) same_line_if_fits(width);
    first = false;
    ImGui::PushID(static_cast<int>(t));
    ImGui::BeginGroup();
    color_swatch(chart_color(static_cast<int>(t), model.dark), 10.0f * model.ui_scale);
    ImGui::SameLine(0, 4.0f * model.ui_scale);
    ImGui::TextUnformatted(lexicon[t].label.c_str());
    ImGui::EndGroup();
    if (ImGui::IsItemClicked()) {
      shown_[t] = 0;
      picked_ = true;
      rerank();
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s (%s): %d terms. Click to hide.", lexicon[t].label.c_str(), lexicon[t].id.c_str(),
                        lexicon[t].terms);
    ImGui::PopID();
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
  const ImU32 hit_color =
      shown_[sel_topic_] ? chart_color(sel_topic_, model.dark) : ImGui::GetColorU32(ImGuiCol_Text);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(kwic_.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row)
      draw_kwic_row(actions, row, hit_color);
  }
  ImGui::EndTable();
}

// One line in context: its document (click selects it), the left context right-aligned so a long one shows
// its end, the hit in the topic's colour, the right context.
void TopicsView::draw_kwic_row(AppActions& actions, int row, ImU32 hit_color) const {
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
  const float width = ImGui::CalcTextSize(line.left.c_str()).x, column = ImGui::GetColumnWidth();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + column - width);
  ImGui::TextUnformatted(line.left.c_str());
  ImGui::TableNextColumn();
  ImGui::PushStyleColor(ImGuiCol_Text, hit_color);
  ImGui::TextUnformatted(line.hit.c_str());
  ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(line.right.c_str());
}

std::string TopicsView::state_json() const {
  std::string out = "{\"charted\":" + std::to_string(std::count(shown_.begin(), shown_.end(), 1)) +
                    ",\"topics\":" + std::to_string(shown_.size()) + ",\"labels\":[";
  for (std::size_t i = 0; i < doc_labels_.size(); ++i) out += (i ? "," : "") + json_text(doc_labels_[i]);
  return out + "],\"scroll\":" + (chart_scrolls_ ? "true" : "false") +
         ",\"kwic_h\":" + std::to_string(kwic_h_) + "}";
}

}  // namespace entente
