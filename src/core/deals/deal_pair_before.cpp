// "The two governments" as the pair of the sentence before (see deal_pair_before.h).
#include "deal_pair_before.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 80;  // lexemes of the sentence before

}  // namespace

bool pair_before(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  if (!p->empty() || d.sentence.b < 2 || !two_sides_named(t, d.own)) return false;
  if (!countries_in(f, d.sentence).empty()) return false;
  std::size_t end = d.sentence.b;  // the sentence before ends at end - 1
  std::size_t b = end - 1;
  while (b > 0 && b + kReach > end && !t.is(b - 1, ".")) --b;
  // "Kazakhstan and Azerbaijan have moved ...": the two joined by "and", not any two the sentence names
  // ("Kazakhstan has chosen Rosatom ..." tells no pair).
  const EntityHit* last = nullptr;
  for (auto [e, stop] = spans_in(f.m.entities, b, end); e != stop; ++e) {
    if (e->kind != EntityKind::Country || e->entity < 0) continue;
    if (last && last->end + 1 == e->first && t.is(last->end, "and")) {
      NameSet pair;
      pair.insert(std::string_view(f.tables.gazetteer.entities[last->entity].name));
      pair.insert(std::string_view(f.tables.gazetteer.entities[e->entity].name));
      if (pair.size() != 2) return false;
      *p = pair;
      return true;
    }
    last = &*e;
  }
  return false;
}

bool two_sides_named(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    if (!t.is(k, "two") && !t.is(k, "both")) continue;
    std::string_view n = t.low(k + 1);
    if (n == "countries" || n == "sides" || n == "nations" || n == "governments") return true;
  }
  return false;
}

}  // namespace entente
