// A figure an investment or trade flow reached (deal_reached_figure.h).
#include "deal_reached_figure.h"

#include <string_view>

namespace entente {

namespace {

bool reaching_verb(std::string_view w) {
  return w == "reached" || w == "reaches" || w == "hit" || w == "exceeded" || w == "exceeds" ||
         w == "surpassed" || w == "topped";
}

}  // namespace

bool reached_figure(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 1 < e; ++k) {
    if (!reaching_verb(t.low(k))) continue;
    std::size_t n = k + 1;
    if (t.lex[n].kind == LexKind::Symbol && n + 1 < e) ++n;  // "$2.1 billion"
    if (t.lex[n].kind == LexKind::Number) return true;
  }
  return false;
}

}  // namespace entente
