// A facility rolled over or a financing under discussion, with its amount, is a loan.
#include "deal_rollover.h"

#include "deal_signed_financing.h"
#include "deal_trigger_context.h"

namespace entente {
namespace {

bool renewed(const LexedText& t, std::size_t k) {
  return ((t.is(k, "rolled") || t.is(k, "roll")) && t.is(k + 1, "over")) || t.is(k, "refinanced") ||
         t.is(k, "extended") || t.is(k, "renewed");
}

bool talked(const LexedText& t, std::size_t k) {
  return ((t.is(k, "under") || t.is(k, "in")) &&
          (t.is(k + 1, "discussion") || t.is(k + 1, "negotiation") || t.is(k + 1, "talks"))) ||
         (t.is(k, "being") && (t.is(k + 1, "negotiated") || t.is(k + 1, "discussed")));
}

}  // namespace

bool bare_financing_noun(const LexedText& t, std::size_t b) {
  return t.is(b, "facility") || t.is(b, "financing");
}

bool bare_financing_holds(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  if (signed_financing(s, b)) return true;  // "signed the first phase's financing"
  if (!money_in(s, c)) return false;
  constexpr std::size_t kNear = 5;  // "facility rolled over", "financing has been under discussion"
  bool facility = t.is(b, "facility");
  for (std::size_t k = b + 1; k < s.sentence.e && k <= b + kNear; ++k)
    if (facility ? renewed(t, k) : talked(t, k)) return true;
  return false;
}

}  // namespace entente
