// A deal noun ranked after a copula (deal_ranked_predicate.h).
#include "deal_ranked_predicate.h"

#include <string_view>

namespace entente {

namespace {

bool superlative(std::string_view w) {
  return w == "largest" || w == "biggest" || w == "largest-ever" || w == "biggest-ever" || w == "costliest" ||
         w == "most" || w == "single" || w == "first";
}

bool copula(std::string_view w) {
  return w == "is" || w == "was" || w == "be" || w == "becomes" || w == "became" || w == "makes" ||
         w == "made" || w == "it";
}

}  // namespace

bool ranked_predicate(const LexedText& t, const DealDraft& d, bool recent) {
  constexpr std::size_t kWords = 4;  // "the largest single arms purchase"
  if (!recent) return false;
  for (std::size_t k = d.trigger; k > d.sentence.b + 1 && k + kWords > d.trigger; --k) {
    if (!t.is(k - 1, "the")) continue;
    return superlative(t.low(k)) && copula(t.low(k - 2));
  }
  return false;
}

}  // namespace entente
