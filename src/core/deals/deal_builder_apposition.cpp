// A facility told with its foreign builder in an apposition (deal_builder_apposition.h).
#include "deal_builder_apposition.h"

#include <string_view>

namespace entente {

namespace {

// "..., built by Peru's state utility, will open in 2027": the predicate after the apposition (its
// closing comma after k) tells the facility as still to come, which leaves it to the rules for plans.
bool still_to_come(const LexedText& t, std::size_t k, std::size_t end) {
  while (k < end && !t.is(k, ",")) ++k;
  if (k + 2 >= end) return false;
  std::string_view w = t.low(k + 1), n = t.low(k + 2);
  return in_words(w, {"will", "would", "should", "shall"}) ||
         (in_words(w, {"is", "are"}) && in_words(n, {"due", "expected", "to", "set", "scheduled"}));
}

}  // namespace

bool builder_apposition(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  if ((t.is(e, "at") || t.is(e, "in") || t.is(e, "near")) && e + 1 < c.e && t.capitalized(e + 1))
    for (e += 2; e < c.e && t.capitalized(e);) ++e;
  if (!t.is(e, ",")) return false;
  std::size_t b = t.is(e + 1, "being") ? e + 2 : e + 1;
  if (b + 2 >= s.sentence.e || !in_words(t.low(b), {"built", "constructed", "financed", "funded"}))
    return false;
  if (!t.is(b + 1, "by") && !t.is(b + 1, "with")) return false;
  for (std::size_t k = b + 2; k < s.sentence.e && k < b + 7; ++k) {
    if (t.is(k, ",")) return false;
    if (s.items.country[k]) return !still_to_come(t, k, s.sentence.e);
  }
  return false;
}

}  // namespace entente
