// The topic of a deal noun told between two named firms: "an agreement between X and Y on the
// modernisation of the refinery" (the item runs on to the topic, past the two names).
#include "deal_between_item.h"

namespace entente {

std::size_t after_between(const LexedText& t, std::size_t b, std::size_t e) {
  constexpr std::size_t kNames = 24, kHead = 4;  // lexemes of the two names; of the deal noun's phrase
  std::size_t k = b;
  while (k < e && k < b + kHead && !t.is(k, "between")) ++k;
  if (k >= e || !t.is(k, "between")) return b;
  bool both = false;
  for (std::size_t j = k + 1; j + 1 < e && j < k + kNames; ++j) {
    both |= t.is(j, "and");
    // "on the modernisation of ..." (not "on Maritime Cooperation", a title the names say more of)
    if (both && t.is(j, "on") && !t.capitalized(j + 1)) return j + 1;
  }
  return b;
}

}  // namespace entente
