// No deal: a verb of generic "you" (deal_generic_you.h).
#include "deal_generic_you.h"

namespace entente {

bool generic_you(const LexedText& t, const DealDraft& d) {
  std::size_t k = d.trigger;
  if (k > d.sentence.b && in_words(t.low(k - 1), {"also", "just", "only", "then", "really", "simply"})) --k;
  return k > d.sentence.b && t.is(k - 1, "you");
}

}  // namespace entente
