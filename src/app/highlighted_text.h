// A read-only text with highlighted spans and marked words, laid out once per width and drawn by visible
// lines only (long documents stay cheap). Used by the side-by-side view.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "word_diff.h"

namespace entente {

struct HighlightSpan {
  std::uint32_t begin = 0, end = 0;  // byte offsets into the text
  int colour = 0;                    // index into the palette given to draw()
};

class HighlightedText {
 public:
  // Sets the text, its spans (any order, non-overlapping) and the words to mark (e.g. differing words).
  void set(std::string_view text, std::vector<HighlightSpan> spans, std::vector<ByteRange> marked);
  // Draws into the current window (call inside a child window that scrolls). Lays the text out again when
  // `wrap_width` changed. Spans whose colour equals `current` are drawn stronger.
  void draw(float wrap_width, const std::vector<ImU32>& palette, int current);
  // Vertical offset of the line holding byte `pos`, from the last layout (0 before the first draw).
  float y_of(std::uint32_t pos) const;

 private:
  struct Word {
    std::uint32_t begin = 0, end = 0;
    float x = 0, y = 0, w = 0;
    int span = -1;  // index into spans_, -1 for none
    bool marked = false;
  };
  void layout(float wrap_width);

  std::string_view text_;
  std::vector<HighlightSpan> spans_;  // sorted by begin
  std::vector<ByteRange> marked_;     // sorted
  std::vector<Word> words_;           // in text order; y is non-decreasing
  float width_ = -1, line_h_ = 0, height_ = 0;
};

}  // namespace entente
