// Countries named only as an era (see deal_era_names.h).
#include "deal_era_names.h"

#include <algorithm>
#include <string_view>

namespace entente {

void drop_era_names(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  LexRange s = d.sentence;
  for (std::size_t k = s.b + 1; k < s.e && p->size() > 1; ++k) {
    if (!t.is(k, "era")) continue;
    std::size_t name = k - 1 - (t.is(k - 1, "-") ? 1 : 0);  // "Soviet-era", "Soviet era"
    if (name < s.b || name >= k) continue;
    NameSet era = countries_in(f, {name, name + 1});
    NameSet before = countries_in(f, {s.b, name}), after = countries_in(f, {name + 1, s.e});
    for (std::string_view c : era) {
      if (before.count(c) || after.count(c) || p->size() < 2) continue;
      p->v.erase(std::remove(p->v.begin(), p->v.end(), c), p->v.end());
    }
  }
}

}  // namespace entente
