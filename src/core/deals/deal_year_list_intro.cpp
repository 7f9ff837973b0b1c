// The year of a bulleted list item, taken from the line that introduces the list.
#include "deal_year_list_intro.h"

#include <string_view>

#include "deal_lex.h"
#include "deal_text_lines.h"
#include "deal_year_marks.h"

namespace entente {

namespace {

constexpr std::size_t kLineMax = 600;  // a longer line is no list item or introduction
constexpr int kItemsMax = 12;

// The introducing line's offsets [b, e) (e before its ":"), or {kNoLine, kNoLine} when the line at `b` is no
// bulleted item under such a line.
std::pair<std::size_t, std::size_t> intro_line(std::string_view text, std::size_t b) {
  if (!bullet_line(text, b)) return {kNoLine, kNoLine};
  for (int items = 0; b > 0 && items < kItemsMax; ++items) {
    std::size_t prev = line_start(text, b - 1, kLineMax);
    if (prev == kNoLine) break;
    std::string_view line = text.substr(prev, b - 1 - prev);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty() && line.back() == ':') return {prev, prev + line.size() - 1};
    if (!bullet_line(text, prev)) break;
    b = prev;
  }
  return {kNoLine, kNoLine};
}

}  // namespace

const DateSpan* list_intro_year(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (d.trigger >= t.lex.size()) return nullptr;
  auto [b, e] = intro_line(t.text, line_start(t.text, t.lex[d.trigger].start, kLineMax));
  if (b == kNoLine) return nullptr;
  std::size_t lb = lex_at(t, static_cast<std::uint32_t>(b));
  std::size_t le = lex_at(t, static_cast<std::uint32_t>(e));
  std::vector<const DateSpan*> ys = years_in(f, {lb, le});
  return ys.empty() ? nullptr : ys.back();
}

}  // namespace entente
