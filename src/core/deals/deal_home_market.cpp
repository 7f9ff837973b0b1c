// Money raised at home (see deal_home_market.h).
#include "deal_home_market.h"

#include <string_view>

namespace entente {
namespace {

// The home-market phrase at k: "at home", "domestically", "domestic market", "local investors", "own
// budget".
bool home_at(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k), n = t.low(k + 1);
  if (w == "at" && n == "home") return !(t.is(k + 2, "and") && t.is(k + 3, "abroad"));
  if (w == "domestically") return !(t.is(k + 1, "and") && t.is(k + 2, "abroad"));
  bool home = w == "domestic" || w == "local" || w == "home";
  return (home && in_words(n, {"market", "markets", "investors", "banks", "lenders"})) ||
         (w == "own" && n == "budget");
}

}  // namespace

bool home_market(const LexedText& t, const DealDraft& d) {
  bool other = false;  // "buy Indian arms rather than build everything at home": the home act is the other
  for (std::size_t k = d.own.b; k + 1 < d.own.e; ++k) {
    other |= k > d.trigger && in_words(t.low(k), {"than", "instead", "not"});
    if (home_at(t, k)) return !other;
  }
  return false;
}

}  // namespace entente
