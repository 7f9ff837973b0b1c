// Approval and signature told in one sentence (see deal_signed_later.h).
#include "deal_signed_later.h"

#include <algorithm>
#include <string_view>

namespace entente {

std::size_t signed_later(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kReach = 40;  // lexemes after the item: the same sentence, a clause or two on
  std::size_t e = std::min(d.sentence.e, std::max(d.item.e, d.trigger_end) + kReach);
  bool clause = false;  // the signature is told in a clause of its own, after ";", "," or "and"
  for (std::size_t k = std::max(d.item.e, d.trigger_end); k + 2 < e; ++k) {
    clause |= t.is(k, ";") || t.is(k, ",") || t.is(k, "and");
    if (!clause || !(t.is(k, "signed") || t.is(k, "inked") || t.is(k, "concluded")) || !t.is(k + 1, "the"))
      continue;
    std::string_view n = t.low(k + 2);
    if (n != "contract" && n != "deal" && n != "agreement" && n != "sale" && n != "purchase") continue;
    bool negated = false;
    for (std::size_t j = k; j > d.sentence.b && j + 4 > k; --j)
      negated |= t.is(j - 1, "not") || t.is(j - 1, "never") || t.is(j - 1, "yet");
    if (!negated) return k;
  }
  return 0;
}

}  // namespace entente
