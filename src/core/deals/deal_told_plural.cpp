// "these contracts", "those deals": a summary of deals told before (see deal_told_plural.h).
#include "deal_told_plural.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 3;  // "these" + up to two modifiers before the noun

bool lists_parts(std::string_view w) {
  return w == "include" || w == "includes" || w == "included" || w == "including" || w == "cover" ||
         w == "covers" || w == "covered";
}

}  // namespace

bool told_plural(const LexedText& t, LexRange c, std::size_t b) {
  std::string_view noun = t.low(b);
  if (noun.size() < 4 || noun.back() != 's' || t.lex[b].kind != LexKind::Word) return false;
  bool demonstrative = false;
  for (std::size_t k = b; k > c.b && k + kReach > b && !demonstrative; --k)
    demonstrative = t.is(k - 1, "these") || t.is(k - 1, "those");
  if (!demonstrative) return false;
  for (std::size_t k = c.b; k < c.e; ++k)
    if (t.lex[k].kind == LexKind::Number) return false;
  return b + 1 >= c.e || !lists_parts(t.low(b + 1));
}

}  // namespace entente
