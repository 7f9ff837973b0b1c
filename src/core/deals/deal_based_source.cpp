// Commentators' bases (see deal_party_drops.h): "said a Singapore-based economist", "according to a
// Nairobi-based analyst": the country where a source works is no side of the deal it comments on.
#include <string_view>

#include "deal_party_drops.h"

namespace entente {
namespace {

bool commentator(std::string_view w) {
  for (std::string_view c : {"economist", "analyst", "researcher", "think", "consultan", "expert", "academic",
                             "scholar", "commentator", "observer", "professor", "historian", "strategist"})
    if (w.substr(0, c.size()) == c) return true;
  return false;
}

// "Singapore-based economist", "Singapore-based defence analyst": the mention ends before "-based" and a
// commentator noun follows within two words.
bool based_source(const LexedText& t, const EntityHit& e) {
  std::size_t k = e.end;
  if (k + 2 >= t.lex.size() || !t.is(k, "-") || !t.is(k + 1, "based")) return false;
  return commentator(t.low(k + 2)) || (k + 3 < t.lex.size() && commentator(t.low(k + 3)));
}

}  // namespace

void drop_based_sources(const FillContext& f, LexRange sentence, NameSet* p) {
  drop_named_aside(f, sentence, p, [&](const EntityHit& e) { return based_source(f.m.lexed, e); });
}

}  // namespace entente
