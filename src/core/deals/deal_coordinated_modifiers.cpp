// Field words joined by "and" before a deal noun: "defence and economic cooperation agreement".
#include "deal_coordinated_modifiers.h"

#include <string_view>

namespace entente {

bool coordinated_modifier(const ItemContext& c, std::size_t p, std::size_t floor) {
  const LexedText& t = c.t;
  if (!t.is(p, "and") || p <= floor + 1 || p + 1 >= t.lex.size()) return false;
  std::size_t w = p - 1;
  if (t.lex[w].kind != LexKind::Word || t.capitalized(w) || c.taken[w] != 0 || c.country[w] != 0 ||
      c.lex.in(c.lex.left_stop, t, w))
    return false;
  std::string_view x = t.low(w);
  // "Peru wants new jets and Chile wants ships": a plural noun before "and" ends a clause of its own.
  if (t.capitalized(p + 1) || x.back() == 's') return false;
  return x == "economic" || x == "technical" || x == "scientific" || x == "cultural" ||
         c.lex.sectors.match(t, w).id >= 0;
}

}  // namespace entente
