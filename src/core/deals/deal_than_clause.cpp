// A comparison after "than" that names another country (see deal_than_clause.h).
#include "deal_than_clause.h"

#include "spans_in.h"

namespace entente {

void cut_than_clause(const TriggerScan& s, DealDraft* d) {
  constexpr std::size_t kReach = 3;   // "than anything Turkey", "than it did from Russia"
  constexpr std::size_t kAfter = 30;  // lexemes after the trigger the comparison may open at
  for (std::size_t k = d->trigger_end; k + 1 < d->own.e && k < d->trigger_end + kAfter; ++k) {
    if (!s.t.is(k, "than")) continue;
    for (auto [e, end] = spans_in(s.m.entities, k + 1, k + 2 + kReach); e != end; ++e)
      if (e->kind == EntityKind::Country && e->first < d->own.e) {
        if (d->tail.b == d->own.e) d->tail.b = d->tail.e;  // nor are its words the deal's tail
        d->own.e = k;
        if (d->item.e > k) d->item.e = k;
        return;
      }
    return;
  }
}

}  // namespace entente
