// A signed deal told as being carried out in its own sentence (see deal_progressive.h).
#include "deal_progressive.h"

#include <string_view>

namespace entente {
namespace {

// "is being carried out", "are being delivered" at k ("being"), not after "not".
bool being_done(const LexedText& t, std::size_t k) {
  if (!t.is(k, "being") || (k > 1 && (t.is(k - 2, "not") || t.is(k - 1, "not")))) return false;
  return in_words(t.low(k + 1), {"carried", "implemented", "delivered", "installed", "supplied", "built",
                                 "constructed", "laid", "assembled", "upgraded", "rehabilitated"});
}

// "AVIC is upgrading the road under a contract signed in 2019": a progressive verb of building before
// "under a contract" (agreement, deal, concession).
bool working_under(const LexedText& t, const DealDraft& d) {
  std::size_t u = d.sentence.b;
  auto contract = [&](std::size_t n) {
    return in_words(t.low(n), {"contract", "agreement", "deal", "concession"});
  };
  while (u + 2 < d.sentence.e && !(t.is(u, "under") && (contract(u + 1) || contract(u + 2)))) ++u;
  if (u + 2 >= d.sentence.e) return false;
  // "Rosatom is building four reactors under a contract signed in 2017, financed by a Russian loan of $25
  // billion": the loan told with the works is a deal of its own, signed, not under way.
  for (std::size_t k = d.sentence.b; k < d.sentence.e; ++k)
    if (t.is(k, "loan") || t.is(k, "loans")) return false;
  for (std::size_t k = d.sentence.b; k + 1 < u; ++k)
    if ((t.is(k, "is") || t.is(k, "are")) &&
        in_words(t.low(k + 1), {"building", "upgrading", "constructing", "expanding", "rehabilitating",
                                "installing", "modernising", "modernizing", "widening", "laying"}))
      return true;
  return false;
}

}  // namespace

bool told_in_progress(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.trigger_end; k + 1 < d.sentence.e; ++k)
    if (being_done(t, k)) return true;
  return working_under(t, d);
}

}  // namespace entente
