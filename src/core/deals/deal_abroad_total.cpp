// Money put abroad with no country named (see deal_abroad_total.h).
#include "deal_abroad_total.h"

#include "spans_in.h"

namespace entente {

bool abroad_total(const TriggerScan& s, LexRange c, std::size_t e) {
  constexpr std::size_t kReach = 8;  // "invested about $82 billion abroad": verb to the word
  constexpr std::size_t kAfter = 4;  // "abroad, mostly in Kenya"
  const LexedText& t = s.t;
  for (std::size_t k = e; k < c.e && k < e + kReach; ++k) {
    if (!t.is(k, "abroad") && !t.is(k, "overseas") && !t.is(k, "worldwide")) continue;
    std::size_t to = std::min(s.sentence.e, k + 1 + kAfter);
    for (auto [m, end] = spans_in(s.m.entities, e, to); m != end; ++m)
      if (m->kind == EntityKind::Country) return false;
    return true;
  }
  return false;
}

}  // namespace entente
