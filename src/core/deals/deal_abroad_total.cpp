// Money put abroad with no country named (see deal_abroad_total.h).
#include "deal_abroad_total.h"

#include "deal_lex.h"
#include "spans_in.h"

namespace entente {

namespace {

// "to the region", "to Southeast Asia", "to Africa": a destination that is a region, not a country.
bool to_region(const LexedText& t, std::size_t k) {
  if (!t.is(k, "to")) return false;
  if (t.is(k + 1, "the"))
    return in_words(t.low(k + 2), {"region", "continent", "world", "gulf"}) ||
           (t.is(k + 2, "middle") && t.is(k + 3, "east"));
  return in_words(t.low(k + 1),
                  {"asia", "africa", "europe", "southeast", "south-east", "latin", "central"}) &&
         t.capitalized(k + 1);
}

}  // namespace

bool abroad_total(const TriggerScan& s, LexRange c, std::size_t e) {
  constexpr std::size_t kReach = 8;  // "invested about $82 billion abroad": verb to the word
  constexpr std::size_t kAfter = 4;  // "abroad, mostly in Kenya"
  const LexedText& t = s.t;
  for (std::size_t k = e; k < c.e && k < e + kReach; ++k) {
    if (!t.is(k, "abroad") && !t.is(k, "overseas") && !t.is(k, "worldwide") && !to_region(t, k)) continue;
    // "to the Gulf state of Qatar", "to the region's biggest buyer, India": a region the country is in.
    std::size_t to = to_region(t, k) ? c.e : std::min(s.sentence.e, k + 1 + kAfter);
    for (auto [m, end] = spans_in(s.m.entities, e, to); m != end; ++m)
      if (m->kind == EntityKind::Country) return false;
    return true;
  }
  return false;
}

}  // namespace entente
