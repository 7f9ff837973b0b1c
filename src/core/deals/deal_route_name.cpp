// Countries named only inside a route's name (see deal_route_name.h).
#include "deal_route_name.h"

#include <string_view>

#include "deal_party_drops.h"

namespace entente {
namespace {

bool route_noun(std::string_view w) {
  return w == "corridor" || w == "railway" || w == "railroad" || w == "pipeline" || w == "route" ||
         w == "highway" || w == "link" || w == "line" || w == "road" || w == "expressway";
}

// The hyphened chain of capitalised names around [b, e) ("India-Iran-Russia") ends before a route noun
// within four words ("transport corridor", "Economic Corridor").
bool in_route_name(const LexedText& t, std::size_t b, std::size_t e, LexRange sentence) {
  bool chained = (t.is(e, "-") && e + 1 < sentence.e && t.capitalized(e + 1)) ||
                 (b >= sentence.b + 2 && t.is(b - 1, "-") && t.capitalized(b - 2));
  if (!chained) return false;
  std::size_t k = e;
  while (k + 1 < sentence.e && t.is(k, "-") && t.capitalized(k + 1)) {
    k += 2;
    while (k < sentence.e && t.capitalized(k) && !t.is(k, "-") && t.lex[k].kind == LexKind::Word) ++k;
  }
  for (std::size_t j = k; j < sentence.e && j < k + 4; ++j) {
    if (t.lex[j].kind != LexKind::Word) return false;
    if (route_noun(t.low(j))) return true;
  }
  return false;
}

}  // namespace

void drop_route_names(const FillContext& f, LexRange sentence, NameSet* p) {
  drop_named_aside(f, sentence, p,
                   [&](const EntityHit& e) { return in_route_name(f.m.lexed, e.first, e.end, sentence); });
}

}  // namespace entente
