// The Side by Side window: the two documents of the pair chosen in the heatmap, their aligned passages
// highlighted in matching colours, differing words inside passages underlined, a passage list with
// previous/next that scrolls both texts to the chosen passage.
#pragma once

#include <string>
#include <vector>

#include "app.h"
#include "highlighted_text.h"

namespace entente {

struct SideBySideView : View {
  const char* id() const override { return "side_by_side"; }
  const char* title() const override { return "Side by Side###side_by_side"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartOverlap; }  // after the documents, in every load
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 480.0f; }

  // The pair shown (index into overlap.pairs, -1 for none) and the current passage, for tests and the API.
  int pair() const { return pair_; }
  int passage() const { return passage_; }

 private:
  void show_pair(const AppModel& model, int pair);
  void draw_header(const AppModel& model, AppActions& actions);
  void draw_texts(const AppModel& model);

  int pair_ = -1;
  int passage_ = 0;
  bool scroll_ = false;  // scroll both texts to the current passage on the next draw
  const Document* doc_a_ = nullptr;
  const Document* doc_b_ = nullptr;
  HighlightedText a_, b_;
  std::vector<std::string> labels_;  // per passage, for the list
  std::vector<ImU32> palette_;
};

}  // namespace entente
