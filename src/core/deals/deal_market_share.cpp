// Shares of a market told as a habit (see deal_market_share.h).
#include "deal_market_share.h"

#include <string_view>

namespace entente {
namespace {

bool present_verb(std::string_view w) {
  return w == "buy" || w == "buys" || w == "import" || w == "imports" || w == "supply" || w == "supplies" ||
         w == "provide" || w == "provides" || w == "source" || w == "sources";
}

// "to buy", "will take", "does not buy": an intention or a denial, not a habit.
bool modal_before(const LexedText& t, std::size_t k) {
  if (k == 0) return false;
  std::string_view p = t.low(k - 1);
  return p == "to" || p == "will" || p == "would" || p == "could" || p == "may" || p == "might" ||
         p == "should" || p == "can" || p == "must" || p == "not" || p == "shall";
}

// "40 percent of", "70 per cent of", "a third of" starting within [b, e).
bool fraction_of(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 1 < e; ++k) {
    std::string_view w = t.low(k);
    bool pct = w == "percent" || w == "%" || (w == "cent" && k > b && t.is(k - 1, "per"));
    bool part = w == "third" || w == "quarter" || w == "fifth" || w == "tenth" || w == "half";
    if ((pct || part) && t.is(k + 1, "of")) return true;
  }
  return false;
}

}  // namespace

bool market_share(const TriggerScan& s, LexRange c) {
  const LexedText& t = s.t;
  constexpr std::size_t kReach = 4;  // "buys more than 70 percent of": qualifier words before the figure
  for (std::size_t k = c.b; k < c.e; ++k) {
    if (t.is(k, "market") && (t.is(k + 1, "share") || t.is(k + 1, "shares"))) return true;
    if (t.is(k, "share") && t.is(k + 1, "of") && t.is(k + 2, "the") && t.is(k + 3, "market")) return true;
    if (!present_verb(t.low(k)) || modal_before(t, k)) continue;
    std::size_t e = k + 1 + kReach + 2 < c.e ? k + 1 + kReach + 2 : c.e;
    if (fraction_of(t, k + 1, e)) return true;
  }
  return false;
}

}  // namespace entente
