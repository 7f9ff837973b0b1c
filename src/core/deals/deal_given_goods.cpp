// Goods told as given (deal_given_goods.h).
#include "deal_given_goods.h"

#include <algorithm>
#include <string_view>

namespace entente {

namespace {

// "$", "billion": a lexeme of an amount of money.
bool money_word(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return t.lex[k].kind == LexKind::Symbol || w == "us$" || w == "million" || w == "billion" ||
         w == "trillion" || w == "crore";
}

}  // namespace

bool give_verb(const LexedText& t, std::size_t b) {
  return in_words(t.low(b), {"gave", "give", "gives", "giving"});
}

bool given_goods(const LexedText& t, LexRange c, std::size_t b, LexRange item) {
  std::size_t end = std::min(c.e, std::max(item.e, b + 5));
  for (std::size_t k = b + 1; k < end; ++k) {
    if (t.is(k, "a") || t.is(k, "an")) return false;
    if (money_word(t, k)) return false;
  }
  return true;
}

}  // namespace entente
