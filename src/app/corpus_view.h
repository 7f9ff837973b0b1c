// The Corpus window: one row per document (name, size, tokens, sentences, encoding, title, error) and
// the loading progress.
#pragma once

#include <string>
#include <vector>

#include "app.h"

struct ImGuiTableSortSpecs;

namespace entente {

struct CorpusView : View {
  const char* id() const override { return "corpus"; }
  const char* title() const override { return "Corpus###corpus"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartDocuments; }
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 220.0f; }

 private:
  void draw_summary(const AppModel& model, AppActions& actions) const;
  void draw_edit_buttons(const AppModel& model, AppActions& actions) const;
  void draw_table(const AppModel& model, AppActions& actions);
  static void setup_columns(float s);
  void draw_row(const AppModel& model, AppActions& actions, int row) const;
  void row_actions(const AppModel& model, AppActions& actions, int index, int row) const;
  void sort_rows(const AppModel& model, const ImGuiTableSortSpecs& specs);

  std::vector<int> order_;                   // display order: indexes into result.corpus.docs
  std::vector<std::string> names_, titles_;  // display_text() of each document's name and title
  std::size_t total_tokens_ = 0, total_sentences_ = 0, total_bytes_ = 0;
  int failed_ = 0;
  bool resort_ = false;  // a new result arrived: apply the table's sort order again
};

}  // namespace entente
