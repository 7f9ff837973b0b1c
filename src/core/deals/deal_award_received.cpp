// Contracts won: "received a Letter of Award / an order / a contract" is a contract awarded, not a delivery.
#include "deal_award_received.h"

#include <string_view>

namespace entente {
namespace {

// The awarded document at lexeme k: "order", "contract", "award", "letter of award/acceptance".
bool award_noun(const LexedText& t, std::size_t k) {
  if (t.is(k, "order") || t.is(k, "contract") || t.is(k, "award")) return true;
  return t.is(k, "letter") && t.is(k + 1, "of") && (t.is(k + 2, "award") || t.is(k + 2, "acceptance"));
}

}  // namespace

bool award_received(const LexedText& t, LexRange sentence) {
  for (std::size_t k = sentence.b; k + 2 < sentence.e; ++k) {
    if (!t.is(k, "received") && !t.is(k, "receives")) continue;
    std::size_t n = k + 1;
    if (!t.is(n, "a") && !t.is(n, "an") && !t.is(n, "the")) continue;
    if (award_noun(t, n + 1) || (n + 2 < sentence.e && award_noun(t, n + 2))) return true;
  }
  return false;
}

}  // namespace entente
