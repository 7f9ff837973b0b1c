// A planned deal that another deal replaces is dropped (deal_replaced_plan.h).
#include "deal_replaced_plan.h"

#include <string_view>

namespace entente {

bool replaced_plan(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kNear = 4;  // lexemes between the verb and the trigger: "a planned Chinese project"
  std::size_t b = d.trigger > d.sentence.b + kNear ? d.trigger - kNear : d.sentence.b;
  std::size_t e = d.trigger + kNear < d.sentence.e ? d.trigger + kNear : d.sentence.e;
  for (std::size_t k = b; k < e; ++k) {
    if (!in_words(t.low(k), {"replaces", "replaced", "replacing", "supersedes", "superseded"})) continue;
    if (t.is(k + 1, "by")) continue;  // "was replaced by a contract": the new deal
    std::size_t p = t.is(k + 1, "a") || t.is(k + 1, "an") || t.is(k + 1, "the") ? k + 2 : k + 1;
    if (t.is(p, "planned") || t.is(p, "proposed") || t.is(p, "intended") || t.is(p, "mooted")) return true;
  }
  return false;
}

}  // namespace entente
