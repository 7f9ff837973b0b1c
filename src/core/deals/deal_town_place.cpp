// A country named as a place after "in", "at", "off" or "near" (see deal_town_place.h).
#include "deal_town_place.h"

#include "spans_in.h"

namespace entente {

bool placed_name(const LexedText& t, std::size_t first) {
  if (first < 2) return false;
  bool prep =
      t.is(first - 1, "in") || t.is(first - 1, "at") || t.is(first - 1, "off") || t.is(first - 1, "near");
  return prep && t.lex[first - 2].kind == LexKind::Word && !t.capitalized(first - 2);
}

bool placed_name_then_and(const DocMentions& m, std::size_t k) {
  const LexedText& t = m.lexed;
  if (!t.is(k, ",") || !t.is(k + 1, "and")) return false;
  for (auto [e, end] = spans_in(m.entities, span_reach(k), k); e != end; ++e)
    if (e->end == k && e->kind == EntityKind::Country) return placed_name(t, e->first);
  return false;
}

}  // namespace entente
