// An order whose first units entered service is under way ("the first of them entered service").
#include "deal_in_service.h"

namespace entente {

bool entering_service(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kNear = 6;  // lexemes from "first" to its verb
  for (std::size_t k = d.sentence.b; k + 1 < d.sentence.e; ++k) {
    if (!t.is(k + 1, "service")) continue;
    if (t.is(k, "entering")) return true;  // "are only now entering service"
    if (!t.is(k, "entered")) continue;
    for (std::size_t j = k > d.sentence.b + kNear ? k - kNear : d.sentence.b; j < k; ++j)
      if (t.is(j, "first") || t.is(j, "initial")) return true;
  }
  return false;
}

}  // namespace entente
