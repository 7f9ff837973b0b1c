// A country and a bloc as the two sides of a deal (see deal_bloc_subject.h).
#include "deal_bloc_subject.h"

#include "spans_in.h"

namespace entente {

namespace {

bool is_bloc(const FillContext& f, const EntityHit& e) {
  return e.kind == EntityKind::Org && e.entity >= 0 && f.tables.gazetteer.entities[e.entity].country.empty();
}

bool is_country(const EntityHit& e) {
  return e.kind == EntityKind::Country && e.entity >= 0;
}

}  // namespace

bool country_and_bloc(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  auto [b, end] = spans_in(f.m.entities, d.sentence.b, d.trigger);
  for (const EntityHit* e = b; e != end && e + 1 != end; ++e) {
    const EntityHit& next = *(e + 1);
    std::size_t k = e->end;
    if (!t.is(k, "and")) continue;
    std::size_t after = t.is(k + 1, "the") ? k + 2 : k + 1;
    if (next.first != after) continue;
    if ((is_country(*e) && is_bloc(f, next)) || (is_bloc(f, *e) && is_country(next))) return true;
  }
  return false;
}

}  // namespace entente
