// A deal named only as the signing a clause waits for: "before a contract is signed"
// (deal_awaited_signing.h).
#include "deal_awaited_signing.h"

namespace entente {

namespace {

// "before", "until" or "unless", then up to three words ("an offtake", "the final") before lexeme `at`.
bool waiting_word_before(const LexedText& t, const DealDraft& d, std::size_t at) {
  for (std::size_t k = at; k > d.sentence.b && k + 4 > at; --k) {
    if (t.is(k - 1, "before") || t.is(k - 1, "until") || t.is(k - 1, "unless")) return true;
    if (t.is(k - 1, ",") || t.is(k - 1, ";")) return false;
  }
  return false;
}

}  // namespace

bool awaited_signing(const LexedText& t, const DealDraft& d) {
  if (!waiting_word_before(t, d, d.trigger)) return false;
  std::size_t k = d.trigger_end;
  if (!(t.is(k, "is") || t.is(k, "are") || t.is(k, "was") || t.is(k, "were"))) return false;
  std::size_t v = t.is(k + 1, "fully") || t.is(k + 1, "formally") ? k + 2 : k + 1;
  return t.is(v, "signed") || t.is(v, "concluded") || t.is(v, "finalised") || t.is(v, "finalized") ||
         t.is(v, "agreed") || t.is(v, "approved");
}

}  // namespace entente
