// Deal nouns told as under discussion (see deal_under_discussion.h).
#include "deal_under_discussion.h"

#include "deal_aside_predicate.h"

namespace entente {

namespace {

// "under discussion", "being discussed", "being negotiated", "under negotiation" at lexeme k.
bool talks_at(const LexedText& t, std::size_t k) {
  return (t.is(k, "under") && (t.is(k + 1, "discussion") || t.is(k + 1, "negotiation"))) ||
         (t.is(k, "being") && (t.is(k + 1, "discussed") || t.is(k + 1, "negotiated")));
}

// "a second Chinese loan, for a road tunnel near the pass, was under discussion": clause c ends at a
// comma that opens a prepositional aside of at most fifteen lexemes, and the helper after the aside's
// closing comma ("was", "is still") says the deal is under discussion.
bool talks_after_prep_aside(const LexedText& t, LexRange c, LexRange sentence) {
  if (c.e + 2 >= sentence.e || !t.is(c.e, ",")) return false;
  if (!in_words(t.low(c.e + 1), {"for", "to", "on", "from", "with", "worth", "of", "in"})) return false;
  std::size_t j = c.e + 2;
  while (j < sentence.e && j < c.e + 17 && !t.is(j, ",")) ++j;
  if (j + 3 >= sentence.e || !t.is(j, ",")) return false;
  std::size_t k = j + 1;
  if (!in_words(t.low(k), {"was", "is", "were", "are"})) return false;
  if (t.is(k + 1, "still") || t.is(k + 1, "now")) ++k;
  return k + 2 < sentence.e && talks_at(t, k + 1);
}

}  // namespace

bool under_discussion(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  for (std::size_t k = e; k + 1 < c.e; ++k) {
    if (t.is(k, "under") && t.is(k + 1, "discussion")) return true;
    if (t.is(k, "being") && t.is(k + 1, "discussed")) return true;
  }
  // "A water agreement, which ..., is still being negotiated", "a loan, for a tunnel, was under discussion"
  return talks_after_aside(s, c) || talks_after_prep_aside(t, c, s.sentence);
}

}  // namespace entente
