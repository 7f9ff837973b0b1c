// A firm named with a possessive country (deal_possessive_firm.h).
#include "deal_possessive_firm.h"

#include "spans_in.h"

namespace entente {

bool possessed_firm(const FillContext& f, const EntityHit& e) {
  const LexedText& t = f.m.lexed;
  std::size_t k = e.first;
  if (e.kind != EntityKind::Org || k < 3 || !t.is(k - 1, "s") || !t.joined(k - 2)) return false;
  if (t.raw(k - 2) != "'" && t.raw(k - 2) != "\xE2\x80\x99") return false;
  for (auto [c, end] = spans_in(f.m.entities, span_reach(k - 2), k - 2); c != end; ++c)
    if (c->kind == EntityKind::Country && c->end == k - 2) return true;
  return false;
}

}  // namespace entente
