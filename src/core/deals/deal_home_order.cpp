// A home order (see deal_parties.h): a model made abroad, ordered from a firm of the only country the
// sentence names.
#include "deal_parties.h"
#include "spans_in.h"

namespace entente {

bool home_order(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  NameSet named = countries_in(f, d.sentence);
  if (named.size() != 1) return false;
  bool supplier = false;  // "with HAL", "from the HAL": the firm the order is placed with
  for (auto [e, end] = spans_in(f.m.entities, d.own.b, d.own.e); e != end && !supplier; ++e) {
    if (e->kind != EntityKind::Org || e->entity < 0 || e->first < 1) continue;
    std::size_t k = t.is(e->first - 1, "the") && e->first > 1 ? e->first - 2 : e->first - 1;
    bool after = t.is(k, "with") || t.is(k, "from") || t.is(k, "to");
    supplier = after && f.tables.gazetteer.entities[e->entity].country == *named.begin();
  }
  for (std::size_t k = d.own.b; k < d.own.e && supplier; ++k) {
    PhraseMatch m = f.lex.model_makers.match(t, k);
    if (m.id >= 0 && m.end <= d.own.e) return f.lex.maker_names[m.id] != *named.begin();
  }
  return false;
}

}  // namespace entente
