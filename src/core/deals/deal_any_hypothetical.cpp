// "any new arms agreement": a deal noun led by "any" names no deal.
#include "deal_any_hypothetical.h"

#include <string_view>

namespace entente {

bool any_hypothetical(const LexedText& t, const DealDraft& d) {
  bool noun = false;
  for (std::string_view w :
       {"agreement", "agreements", "deal", "deals", "contract", "contracts", "accord", "pact"})
    noun |= t.is(d.trigger, w);
  if (!noun) return false;
  for (std::size_t j = d.trigger; j > d.sentence.b && j + 5 > d.trigger; --j) {
    std::size_t k = j - 1;
    if (t.lex[k].kind != LexKind::Word) return false;
    if (t.is(k, "any")) return true;
  }
  return false;
}

}  // namespace entente
