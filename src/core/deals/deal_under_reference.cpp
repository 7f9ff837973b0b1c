// A deal named after "under the" with its amount (see deal_under_reference.h).
#include "deal_under_reference.h"

namespace entente {

bool under_reference(const FillContext& f, const DealDraft& d) {
  constexpr std::size_t kBack = 8;  // "under the $100 million credit line": the amount's lexemes and a noun
  const LexedText& t = f.m.lexed;
  bool money = false;
  for (std::size_t k = d.trigger; k > d.sentence.b + 1 && k + kBack > d.trigger; --k) {
    if (t.lex[k - 1].kind == LexKind::Punct && f.m.taken[k - 1] != 1) return false;
    money |= f.m.taken[k - 1] == 1;
    bool det = t.is(k - 1, "the") || t.is(k - 1, "that") || t.is(k - 1, "its");
    if (det && t.is(k - 2, "under")) return money;
  }
  return false;
}

}  // namespace entente
