// "last <Month>": the month before the story's day that the phrase names.
#include "deal_last_month.h"

#include <array>
#include <string_view>

namespace entente {

int last_month_named(const LexedText& t, std::size_t b, std::size_t e) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t k = b + 1; k < e && k < t.lex.size(); ++k) {
    if (!t.capitalized(k) || !t.is(k - 1, "last")) continue;
    for (std::size_t m = 0; m < kMonths.size(); ++m)
      if (t.is(k, kMonths[m])) return static_cast<int>(m) + 1;
  }
  return 0;
}

}  // namespace entente
