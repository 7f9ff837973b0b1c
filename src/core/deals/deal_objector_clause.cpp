// A third country's objection told in a relative clause (see deal_objector_clause.h).
#include "deal_objector_clause.h"

#include <string_view>

#include "deal_lex.h"
#include "spans_in.h"

namespace entente {

namespace {

bool objection_verb(std::string_view w) {
  return in_words(
      w, {"rejected",  "rejects",  "opposed",    "opposes",    "condemned", "condemns",   "protested",
          "protests",  "disputed", "disputes",   "denounced",  "denounces", "criticised", "criticized",
          "contested", "contests", "challenged", "challenges", "objected",  "objects"});
}

// The lexeme after a country that starts at k, or 0 when no country starts there.
std::size_t country_end(const TriggerScan& s, std::size_t k) {
  for (auto [e, end] = spans_in(s.m.entities, k, k + 1); e != end; ++e)
    if (e->kind == EntityKind::Country) return e->end;
  return 0;
}

}  // namespace

void cut_objector_clause(const TriggerScan& s, DealDraft* d) {
  constexpr std::size_t kGap = 2;     // "that Turkey has strongly opposed"
  constexpr std::size_t kAfter = 30;  // lexemes after the trigger the relative clause may open at
  const LexedText& t = s.t;
  for (std::size_t k = d->trigger_end; k + 2 < d->own.e && k < d->trigger_end + kAfter; ++k) {
    if (!t.is(k, "that") && !t.is(k, "which")) continue;
    std::size_t c = country_end(s, k + 1);
    if (c == 0) continue;
    for (std::size_t v = c; v < d->own.e && v <= c + kGap; ++v)
      if (objection_verb(t.low(v))) {
        if (d->tail.b == d->own.e) d->tail.b = d->tail.e;  // nor are its words the deal's tail
        d->own.e = k;
        if (d->item.e > k) d->item.e = k;
        return;
      }
  }
}

}  // namespace entente
