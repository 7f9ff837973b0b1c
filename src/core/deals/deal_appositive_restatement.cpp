// A deal noun in an apposition that describes the deal just told (deal_appositive_restatement.h).
#include "deal_appositive_restatement.h"

namespace entente {

bool appositive_restatement(const LexedText& t, const DealDraft& d, bool told) {
  constexpr std::size_t kModifiers = 2;  // ", a soft loan", ", a non-repayable grant"
  if (!told || !(t.is(d.trigger_end, "that") || t.is(d.trigger_end, "which"))) return false;
  for (std::size_t k = d.trigger; k >= d.sentence.b + 2 && k + kModifiers + 1 > d.trigger; --k) {
    if (!t.is(k - 1, "a") && !t.is(k - 1, "an")) continue;
    return t.is(k - 2, ",");
  }
  return false;
}

}  // namespace entente
