// Leaders as the sides of a deal (see deal_leader_sides.h).
#include "deal_leader_sides.h"

#include "spans_in.h"

namespace entente {

bool leader_sides(const FillContext& f, const DealDraft& d, NameSet* p) {
  if (p->size() > 1) return false;
  NameSet led;
  for (auto [e, end] = spans_in(f.m.entities, d.sentence.b, d.trigger); e != end; ++e) {
    if (e->kind != EntityKind::Person || e->entity < 0) continue;
    const std::string& c = f.tables.gazetteer.entities[e->entity].country;
    if (!c.empty()) led.insert(c);
  }
  if (led.empty() || led.size() > 2) return false;
  if (led.size() == 1 && (p->empty() || led.count(*p->begin()))) return false;
  if (led.size() == 1) led.insert(*p->begin());
  *p = led;
  return true;
}

}  // namespace entente
