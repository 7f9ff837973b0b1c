// No deal: a target for trade (deal_trade_target.h).
#include "deal_trade_target.h"

#include <algorithm>

namespace entente {

namespace {

bool growth_verb(const LexedText& t, std::size_t k) {
  return in_words(t.low(k), {"double", "triple", "raise", "increase", "boost", "lift", "expand", "grow",
                             "push", "take", "bring"});
}

bool trade_word(const LexedText& t, std::size_t k) {
  return in_words(t.low(k), {"trade", "exports", "imports", "turnover", "commerce"});
}

// "to $30 billion", "to 30 billion euros": "to" then a currency symbol, or a number of millions or
// billions, within lexemes [b, e); not a volume ("to 180 megawatts").
bool to_amount(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 2 < e; ++k) {
    if (!t.is(k, "to")) continue;
    if (t.lex[k + 1].kind == LexKind::Symbol) return true;
    if (t.lex[k + 1].kind == LexKind::Number && in_words(t.low(k + 2), {"million", "billion", "trillion"}))
      return true;
  }
  return false;
}

}  // namespace

bool trade_target(const LexedText& t, LexRange c) {
  for (std::size_t k = c.b; k < c.e; ++k) {
    if (!growth_verb(t, k)) continue;
    for (std::size_t j = k + 1; j < c.e && j < k + 5; ++j)
      if (trade_word(t, j) && to_amount(t, j + 1, std::min(c.e, j + 10))) return true;
  }
  return false;
}

}  // namespace entente
