// A lone side named as a town, completed by the sentence's subject pair: "Japan and Vietnam signed a loan
// agreement for a metro line in Hanoi" (see deal_place_before.h).
#include <string_view>

#include "deal_place_before.h"
#include "spans_in.h"

namespace entente {

void subject_pair_side(const FillContext& f, const DealDraft& d, NameSet* p) {
  if (p->size() != 1) return;
  const LexedText& t = f.m.lexed;
  const Gazetteer& g = f.tables.gazetteer;
  auto country = [](const EntityHit& e) { return e.kind == EntityKind::Country && e.entity >= 0; };
  auto [e, end] = spans_in(f.m.entities, d.sentence.b, d.trigger);
  for (; e != end && e + 1 != end; ++e) {
    std::size_t k = t.is(e->end, "and") ? e->end + 1 : 0;
    if (k != 0 && t.is(k, "the")) ++k;  // "Vietnam and the Czech Republic"
    const EntityHit& n = *(e + 1);
    if (k == 0 || n.first != k || !country(*e) || !country(n)) continue;
    std::string_view a = g.entities[e->entity].name, b = g.entities[n.entity].name;
    if (a != b && p->count(a)) return void(p->insert(b));
    if (a != b && p->count(b)) return void(p->insert(a));
  }
}

}  // namespace entente
