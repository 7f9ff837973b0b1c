// Deals told as near: "close to a deal", "closer to an agreement", "nearing a pipeline deal".
#include "deal_close_to.h"

namespace entente {

bool close_to_deal(const TriggerScan& s, LexRange c, std::size_t b) {
  constexpr std::size_t kMaxModifiers = 4;  // "close to a long-awaited gas pipeline deal"
  const LexedText& t = s.t;
  for (std::size_t k = b; k > c.b && k + kMaxModifiers + 1 >= b; --k) {
    std::size_t a = k - 1;  // the article
    if (!t.is(a, "a") && !t.is(a, "an")) {
      if (t.lex[a].kind == LexKind::Punct) return false;
      continue;
    }
    if (a > c.b && t.is(a - 1, "nearing")) return true;
    return a > c.b + 1 && t.is(a - 1, "to") && (t.is(a - 2, "close") || t.is(a - 2, "closer"));
  }
  return false;
}

}  // namespace entente
