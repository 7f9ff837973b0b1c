// The Reader window of the Deals panel: the document of the selected deal, scrolled to its evidence
// sentences (the one that states it most fully and every other one about the same deal), highlighted with the
// mentions in them coloured by type.
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
  void draw_evidence(const std::string& text, std::uint32_t start, std::uint32_t end) const;

  bool open_ = false;
  int deal_ = -1;
  int doc_index_ = -1;            // index into result.corpus.docs
  int scroll_frames_ = 0;         // frames left to scroll to the evidence (layout settles over a few frames)
  std::vector<Span> spans_;       // the evidence sentences cut at mention boundaries
  std::vector<Evidence> ranges_;  // every sentence about the deal, in text order
  std::uint32_t primary_ = 0;     // start of the sentence that states the deal most fully
};

}  // namespace entente
