// A fund named as an institution, not a fund a deal sets up (deal_fund_actor.h).
#include "deal_fund_actor.h"

namespace entente {

bool fund_actor(const LexedText& t, std::size_t b, std::size_t e) {
  if (e <= b || (!t.is(e - 1, "fund") && !t.is(e - 1, "funds"))) return false;  // "fund", "investment fund"
  if (e < t.lex.size() && t.lex[e].kind == LexKind::Word && t.capitalized(e)) return true;  // "fund Corfo"
  for (std::size_t k = b; k > 0 && k + 3 > b; --k)
    if (in_words(t.low(k - 1), {"state", "sovereign", "wealth", "pension", "state-owned", "state-run"}))
      return true;
  return false;
}

}  // namespace entente
