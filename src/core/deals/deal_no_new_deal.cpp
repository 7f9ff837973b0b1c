// A further deal denied (see deal_no_new_deal.h).
#include "deal_no_new_deal.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 3;  // "new" + "energy" + the noun

bool signing_verb(std::string_view w) {
  return w == "signed" || w == "concluded" || w == "agreed" || w == "ordered";
}

// "no new", "not signed new", "never signed any new": the negation right before "new" at n.
bool negated_new(const LexedText& t, LexRange sentence, std::size_t n) {
  if (n <= sentence.b) return false;
  if (t.is(n - 1, "no")) return true;
  std::size_t v = t.is(n - 1, "any") ? n - 1 : n;
  if (v < sentence.b + 2 || !signing_verb(t.low(v - 1))) return false;
  return t.is(v - 2, "not") || t.is(v - 2, "never");
}

}  // namespace

bool no_new_deal(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b && k + kReach > b; --k) {
    if (t.lex[k - 1].kind != LexKind::Word) return false;
    if (t.is(k - 1, "new")) return negated_new(t, sentence, k - 1);
  }
  return false;
}

}  // namespace entente
