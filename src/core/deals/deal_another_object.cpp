// A deal verb whose object says it is one more ("buy another 500,000 tonnes") (deal_another_object.h).
#include "deal_another_object.h"

#include <optional>

#include "numbers.h"

namespace entente {

bool another_object(const LexedText& t, const DealDraft& d) {
  std::size_t k = d.trigger_end;
  if (t.is(k, "another")) return true;
  if ((t.is(k, "a") || t.is(k, "an")) && (t.is(k + 1, "further") || t.is(k + 1, "additional"))) return true;
  std::optional<NumberMatch> n = parse_number(t, k, true);  // "six more boats", "two additional jets"
  return n && !n->scaled && (t.is(n->end, "more") || t.is(n->end, "additional"));
}

}  // namespace entente
