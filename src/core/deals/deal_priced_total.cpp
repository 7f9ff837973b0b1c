// Totals that price one order (see deal_priced_total.h).
#include "deal_priced_total.h"

#include <string_view>

namespace entente {

namespace {
constexpr std::size_t kAmount = 5;  // lexemes back from "in total" to the price word: "worth $ 95 million"
}  // namespace

bool priced_total(const LexedText& t, std::size_t k) {
  if (!t.is(k, "in") || !t.is(k + 1, "total") || k < 2 || t.lex[k - 1].kind == LexKind::Punct) return false;
  for (std::size_t j = k - 1; j > 0 && j + kAmount > k; --j) {
    std::size_t w = j - 1;
    if (t.is(w, ",") || t.is(w, ";") || t.is(w, ":") || t.is(w, "(")) return false;  // another clause
    if (t.is(w, "worth") || t.is(w, "for") || (t.is(w, "at") && w > 0 && t.is(w - 1, "valued")) ||
        (t.is(w, "of") && w > 0 && t.is(w - 1, "cost")))
      return true;
  }
  return false;
}

}  // namespace entente
