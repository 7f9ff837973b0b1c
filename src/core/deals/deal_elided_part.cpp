// Parts whose deal noun is left out (see deal_elided_part.h).
#include "deal_elided_part.h"

namespace entente {

bool elided_part(const LexedText& t, std::size_t k) {
  if (k + 1 >= t.lex.size() || !(t.is(k, "one") || t.is(k, "another"))) return false;
  return t.is(k + 1, "on") || t.is(k + 1, "for") || t.is(k + 1, "with") || t.is(k + 1, "to") ||
         t.is(k + 1, "in");
}

}  // namespace entente
