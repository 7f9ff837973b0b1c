// A lone side named as a town, completed by the sentence's subject pair: "Japan and Vietnam signed a loan
// agreement for a metro line in Hanoi" (see deal_place_before.h).
#include <algorithm>
#include <string_view>

#include "deal_place_before.h"
#include "spans_in.h"

namespace entente {

constexpr std::size_t kOpening = 8;  // lexemes before the pair's first name

void subject_pair_side(const FillContext& f, const DealDraft& d, NameSet* p) {
  if (p->size() != 1) return;
  const LexedText& t = f.m.lexed;
  const Gazetteer& g = f.tables.gazetteer;
  auto country = [](const EntityHit& e) { return e.kind == EntityKind::Country && e.entity >= 0; };
  // The pair opens the sentence, after at most a short time opening ("On Tuesday, Japan and ...").
  auto [e, end] = spans_in(f.m.entities, d.sentence.b, std::min(d.trigger, d.sentence.b + kOpening));
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
