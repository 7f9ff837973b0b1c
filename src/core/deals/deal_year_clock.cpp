// Times of day that fall on the story's own day (see deal_year_clock.h): a live blog's entry stamps and
// "this morning".
#include "deal_year_clock.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kStampBytes = 6;  // "09:40 " before the entry's first word

bool digit(char c) {
  return c >= '0' && c <= '9';
}

// The length of a clock stamp "9:40" / "09:40" / "14.20" followed by a space at offset p; 0 when none.
std::size_t stamp_at(std::string_view s, std::size_t p) {
  std::size_t h = 0;
  while (p + h < s.size() && h < 3 && digit(s[p + h])) ++h;
  if (h == 0 || h > 2 || p + h + 3 >= s.size()) return 0;
  char sep = s[p + h];
  if ((sep != ':' && sep != '.') || !digit(s[p + h + 1]) || !digit(s[p + h + 2]) || s[p + h + 3] != ' ')
    return 0;
  int hours = h == 2 ? (s[p] - '0') * 10 + (s[p + 1] - '0') : s[p] - '0';
  int minutes = (s[p + h + 1] - '0') * 10 + (s[p + h + 2] - '0');
  return hours < 24 && minutes < 60 ? h + 4 : 0;
}

// "09:40 Malaysia and Vietnam have signed": a stamp opening the line, with lexeme b the stamp or the word
// right after it.
bool stamped_line(const LexedText& t, std::size_t b) {
  if (b >= t.lex.size()) return false;
  std::size_t at = t.lex[b].start;
  for (std::size_t back = 0; back <= kStampBytes && back <= at; ++back) {
    std::size_t p = at - back;
    if (p > 0 && t.text[p - 1] != '\n') continue;
    std::size_t n = stamp_at(t.text, p);
    return n > 0 && p + n >= at;
  }
  return false;
}

}  // namespace

bool day_time(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 1 < e && k + 1 < t.lex.size(); ++k) {
    if (!t.is(k, "this")) continue;
    std::string_view n = t.low(k + 1);
    if (n == "morning" || n == "afternoon" || n == "evening") return true;
  }
  return stamped_line(t, b);
}

}  // namespace entente
