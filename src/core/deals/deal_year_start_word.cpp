// A start word before a year makes a target year only when it opens it (deal_year_start_word.h).
#include "deal_year_start_word.h"

namespace entente {

bool start_word_opens(const LexedText& t, std::size_t w, std::size_t year) {
  if (!t.is(w, "starting") && !t.is(w, "beginning") && !t.is(w, "commencing")) return false;
  if (w + 1 == year) return true;
  return w + 2 == year && (t.is(w + 1, "in") || t.is(w + 1, "from") || t.is(w + 1, "on"));
}

}  // namespace entente
