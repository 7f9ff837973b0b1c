// The Topics window: lexicon topic frequencies as a grouped bar chart (documents x topics) or a corpus bar
// chart, with a hits / per-1,000 toggle, tooltips, a clickable colour legend, KWIC lines for a clicked bar,
// the lexicon editor and CSV export. Edits go to the app (actions.set_lexicon), which recounts the corpus.
#pragma once

#include <string>
#include <vector>

#include "app.h"
#include "imgui.h"
#include "kwic.h"
#include "lexicon.h"
#include "lexicon_editor.h"
#include "topics.h"

namespace entente {

struct TopicsView : View {
  const char* id() const override { return "topics"; }
  const char* title() const override { return "Topics###topics"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartDocuments | kPartTopics; }
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 520.0f; }
  // {"charted", "topics", "docs", "labels": the document labels drawn under the chart, "scroll": the chart
  // scrolls sideways, "kwic_h": height left for the lines in context}: the last frame.
  std::string state_json() const override;

 private:
  struct Cell {
    int hits = 0;
    double per_1000 = 0;
  };

  void rebuild_series(const AppModel& model);
  void select(const AppModel& model, int doc_index, int topic);
  const Corpus& kwic_corpus(const AppModel& model, int doc_index);
  double value(const Cell& c) const { return per_1000_ ? c.per_1000 : c.hits; }
  void draw_toolbar(const AppModel& model);
  void draw_legend(const AppModel& model);
  void draw_topic_picker(const AppModel& model);
  void chart_top_topics(std::size_t count);  // shows the `count` topics with the most hits in the corpus
  void rerank();                             // rank_ from shown_
  ImU32 chart_color(int topic, bool dark) const;
  // The documents x topics chart's geometry for one frame (screen pixels) and its value scale.
  struct DocChartFrame {
    ImVec2 origin;
    float s = 1, gap = 0, axis = 0, label_h = 0, bar = 0, group = 0, plot_h = 0, base = 0;
    double max_v = 0;
  };
  void draw_doc_chart(const AppModel& model, AppActions& actions, float height);
  DocChartFrame doc_chart_frame(const AppModel& model, int ndocs, int visible) const;
  void draw_value_axis(const DocChartFrame& f, int ndocs) const;
  void draw_doc_group(const AppModel& model, AppActions& actions, const DocChartFrame& f, int d, float x0);
  void draw_corpus_chart(const AppModel& model, AppActions& actions, float height);
  void draw_kwic(const AppModel& model, AppActions& actions);
  void draw_kwic_row(AppActions& actions, int row, ImU32 hit_color) const;
  void tooltip(const AppModel& model, int doc_index, int topic, const Cell& c) const;

  Lexicon lexicon_;                 // the editor's working copy of model.lexicon
  std::vector<Cell> cells_;         // [doc_index * topics + topic]
  std::vector<Cell> corpus_cells_;  // [topic]
  std::vector<char> shown_;         // per topic: drawn in the charts (legend toggles, topic picker)
  bool picked_ = false;             // the user chose the charted topics for this corpus
  std::vector<int> rank_;           // per topic: its place among the shown topics (colours), -1 hidden
  bool per_1000_ = true;
  bool corpus_chart_ = false;  // chart the whole corpus instead of each document (one chart at a time)
  int sel_doc_ = -1, sel_topic_ = -1;  // the clicked bar; sel_doc_ -1: the whole corpus
  std::vector<KwicLine> kwic_;
  // The documents with tokens for KWIC (the page's documents arrive without): tokenized when first asked
  // for, once per result.
  Corpus kwic_corpus_;
  std::vector<char> kwic_tokenized_;
  LexiconEditor editor_;
  std::string status_;
  // The last frame, for state_json().
  std::vector<std::string> doc_labels_;
  bool chart_scrolls_ = false;
  float kwic_h_ = 0;
};

}  // namespace entente
