// Indirect questions of a written question's items (see deal_asked_whether.h).
#include "deal_asked_whether.h"

namespace entente {

namespace {
constexpr std::size_t kReach = 40;  // lexemes back from the trigger: one question item
}  // namespace

bool asked_whether(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b && k + kReach > b; --k) {
    std::size_t w = k - 1;
    if (t.is(w, ";")) return false;
    if (!t.is(w, "whether")) continue;
    return w == sentence.b || t.is(w - 1, ")") || t.is(w - 1, ":");
  }
  return false;
}

}  // namespace entente
