// The make-up of a trade or investment figure told in a clause after it (see deal_stat_tail.h).
#include "deal_stat_tail.h"

#include <string_view>

namespace entente {

namespace {

// "most of it", "much of them", "all of this", "mostly", "mainly": the clause opens on a share.
bool opens_on_share(const LexedText& t, std::size_t k, std::size_t e) {
  if (k >= e) return false;
  std::string_view w = t.low(k);
  if (w == "mostly" || w == "mainly" || w == "largely" || w == "chiefly" || w == "primarily") return true;
  if (k + 2 >= e || !t.is(k + 1, "of")) return false;
  bool share = w == "most" || w == "much" || w == "all" || w == "half" || w == "nearly";
  return share && (t.is(k + 2, "it") || t.is(k + 2, "them") || t.is(k + 2, "this") || t.is(k + 2, "which"));
}

}  // namespace

bool statistic_tail(const TriggerScan& s, LexRange c) {
  if (c.b <= s.sentence.b || !opens_on_share(s.t, c.b, c.e)) return false;
  constexpr std::size_t kReach = 60;  // lexemes back to the figure
  for (std::size_t k = c.b > s.sentence.b + kReach ? c.b - kReach : s.sentence.b; k < c.b; ++k) {
    PhraseMatch m = s.lex.statistics.match(s.t, k);
    if (m.id >= 0 && m.end <= c.b) return true;
  }
  return false;
}

}  // namespace entente
