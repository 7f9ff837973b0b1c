// The Reader window of the Deals panel: the document of the selected deal, scrolled to its evidence
// sentence, which is highlighted with the mentions in it coloured by type.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app.h"
#include "imgui.h"

namespace entente {

class DealReader {
 public:
  // Shows deal `index` (into result.deals.deals) and opens the window.
  void show(const AppModel& model, int index);
  // Forgets the deal when a new result arrives.
  void reset();
  // Draws the window when open.
  void draw(const AppModel& model);

 private:
  struct Span {
    std::uint32_t start = 0, end = 0;  // byte offsets into the document text
    ImU32 color = 0;                   // 0: default text colour
  };
  void draw_evidence(const std::string& text) const;

  bool open_ = false;
  int deal_ = -1;
  int doc_index_ = -1;       // index into result.corpus.docs
  int scroll_frames_ = 0;    // frames left to scroll to the evidence (layout settles over a few frames)
  std::vector<Span> spans_;  // the evidence cut at mention boundaries
};

}  // namespace entente
