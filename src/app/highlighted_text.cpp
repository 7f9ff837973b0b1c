// Word layout and drawing of a highlighted text (see highlighted_text.h).
#include "highlighted_text.h"

#include <algorithm>

namespace entente {
namespace {

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

void HighlightedText::set(std::string_view text, std::vector<HighlightSpan> spans,
                          std::vector<ByteRange> marked) {
  text_ = text;
  spans_ = std::move(spans);
  std::sort(spans_.begin(), spans_.end(), [](const auto& x, const auto& y) { return x.begin < y.begin; });
  marked_ = std::move(marked);
  std::sort(marked_.begin(), marked_.end());
  words_.clear();
  width_ = -1;
}

void HighlightedText::layout(float wrap_width) {
  words_.clear();
  width_ = wrap_width;
  line_h_ = ImGui::GetTextLineHeightWithSpacing();
  const float space_w = ImGui::CalcTextSize(" ").x;
  float x = 0, y = 0;
  std::size_t span = 0, mark = 0;
  for (std::uint32_t i = 0; i < text_.size();) {
    if (text_[i] == '\n') {
      x = 0;
      y += line_h_;
      ++i;
      continue;
    }
    if (space(text_[i])) {
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    while (i < text_.size() && !space(text_[i])) ++i;
    w.end = i;
    w.w = ImGui::CalcTextSize(text_.data() + w.begin, text_.data() + w.end).x;
    if (x > 0 && x + w.w > wrap_width) {
      x = 0;
      y += line_h_;
    }
    w.x = x;
    w.y = y;
    x += w.w + space_w;
    while (span < spans_.size() && spans_[span].end <= w.begin) ++span;
    if (span < spans_.size() && spans_[span].begin <= w.begin) w.span = static_cast<int>(span);
    while (mark < marked_.size() && marked_[mark].second <= w.begin) ++mark;
    w.marked = mark < marked_.size() && marked_[mark].first < w.end;
    words_.push_back(w);
  }
  height_ = y + line_h_;
}

float HighlightedText::y_of(std::uint32_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::uint32_t p) { return w.end <= p; });
  return it == words_.end() ? height_ : it->y;
}

void HighlightedText::draw(float wrap_width, const std::vector<ImU32>& palette, int current) {
  if (wrap_width != width_) layout(wrap_width);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float scroll = ImGui::GetScrollY(), visible = ImGui::GetWindowHeight();
  const float top = scroll - line_h_, bottom = scroll + visible;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
  const float space_w = ImGui::CalcTextSize(" ").x;
  auto first =
      std::lower_bound(words_.begin(), words_.end(), top, [](const Word& w, float t) { return w.y < t; });
  for (auto it = first; it != words_.end() && it->y <= bottom; ++it) {
    const ImVec2 p(origin.x + it->x, origin.y + it->y);
    if (it->span >= 0 && !palette.empty()) {
      const int colour = spans_[it->span].colour;
      ImVec4 c = ImGui::ColorConvertU32ToFloat4(palette[colour % palette.size()]);
      c.w = colour == current ? 0.55f : 0.25f;
      const bool joined = it + 1 != words_.end() && (it + 1)->span == it->span && (it + 1)->y == it->y;
      dl->AddRectFilled(p, ImVec2(p.x + it->w + (joined ? space_w : 0), p.y + line_h_),
                        ImGui::ColorConvertFloat4ToU32(c));
    }
    dl->AddText(p, text_colour, text_.data() + it->begin, text_.data() + it->end);
    if (it->marked) {
      const float base = p.y + ImGui::GetFontSize() + 1;
      dl->AddLine(ImVec2(p.x, base), ImVec2(p.x + it->w, base), IM_COL32(235, 87, 87, 255), 2.0f);
    }
  }
  ImGui::Dummy(ImVec2(wrap_width, height_));
}

}  // namespace entente
