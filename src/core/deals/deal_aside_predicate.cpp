// A deal noun's predicate of talks told after a relative aside (see deal_aside_predicate.h).
#include "deal_aside_predicate.h"

namespace entente {
namespace {

bool relative_word(const LexedText& t, std::size_t k) {
  return t.is(k, "which") || t.is(k, "who") || t.is(k, "that");
}

bool talks_phrase(const LexedText& t, std::size_t k) {
  return (t.is(k, "being") && (t.is(k + 1, "negotiated") || t.is(k + 1, "discussed"))) ||
         (t.is(k, "under") && (t.is(k + 1, "negotiation") || t.is(k + 1, "discussion")));
}

}  // namespace

bool talks_after_aside(const TriggerScan& s, LexRange c) {
  constexpr std::size_t kSpan = 30;  // lexemes from the clause's end to the predicate
  const LexedText& t = s.t;
  if (c.b > s.sentence.b + 1 || c.e >= s.sentence.e) return false;
  if (!relative_word(t, c.e) && !relative_word(t, c.e + 1)) return false;
  for (std::size_t k = c.e + 2; k + 1 < s.sentence.e && k < c.e + kSpan; ++k)
    if (talks_phrase(t, k)) return true;
  return false;
}

}  // namespace entente
