// The year of a bulleted list item, taken from the line that introduces the list.
#include "deal_year_list_intro.h"

#include <string_view>

#include "deal_lex.h"
#include "deal_year_marks.h"

namespace entente {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kLineMax = 600;  // a longer line is no list item or introduction
constexpr int kItemsMax = 12;

// The offset where the line holding offset `at` starts, kNone when it is longer than kLineMax.
std::size_t start_of_line(std::string_view text, std::size_t at) {
  for (std::size_t k = at, seen = 0; k > 0; --k, ++seen) {
    if (text[k - 1] == '\n') return k;
    if (seen == kLineMax) return kNone;
  }
  return 0;
}

bool bullet_at(std::string_view text, std::size_t b) {
  if (b == kNone) return false;
  while (b < text.size() && text[b] == ' ') ++b;
  return text.substr(b, 1) == "-" || text.substr(b, 1) == "*" || text.substr(b, 3) == "\xE2\x80\xA2";
}

// The introducing line's offsets [b, e) (e before its ":"), or {kNone, kNone} when the line at `b` is no
// bulleted item under such a line.
std::pair<std::size_t, std::size_t> intro_line(std::string_view text, std::size_t b) {
  if (!bullet_at(text, b)) return {kNone, kNone};
  for (int items = 0; b > 0 && items < kItemsMax; ++items) {
    std::size_t prev = start_of_line(text, b - 1);
    if (prev == kNone) break;
    std::string_view line = text.substr(prev, b - 1 - prev);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty() && line.back() == ':') return {prev, prev + line.size() - 1};
    if (!bullet_at(text, prev)) break;
    b = prev;
  }
  return {kNone, kNone};
}

}  // namespace

const DateSpan* list_intro_year(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (d.trigger >= t.lex.size()) return nullptr;
  auto [b, e] = intro_line(t.text, start_of_line(t.text, t.lex[d.trigger].start));
  if (b == kNone) return nullptr;
  std::size_t lb = lex_at(t, static_cast<std::uint32_t>(b));
  std::size_t le = lex_at(t, static_cast<std::uint32_t>(e));
  std::vector<const DateSpan*> ys = years_in(f, {lb, le});
  return ys.empty() ? nullptr : ys.back();
}

}  // namespace entente
