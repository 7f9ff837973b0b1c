// "cancelled after a budget review": a statistic word in an adjunct of cause or time.
#include "deal_reason_adjunct.h"

namespace entente {

namespace {

bool adjunct_head(const LexedText& t, std::size_t j) {
  return t.is(j, "after") || t.is(j, "amid") || t.is(j, "following") ||
         (t.is(j, "of") && j > 0 && t.is(j - 1, "because"));
}

// "cancelled an order ... when the Asian financial crisis wrecked its budget", "withdrew from a planned
// investment after the project's costs rose", "dropped after costs rose": a clause of time or cause opened at
// most seven words before k, with no figure or punctuation between (but a possessive's apostrophe).
bool reason_clause(const LexedText& t, std::size_t k) {
  for (std::size_t j = k; j > 0 && j + 8 > k; --j) {
    std::size_t w = j - 1;
    if (t.lex[w].kind != LexKind::Word && !t.is(w, "'")) return false;
    // "was dropped in 2022 after costs rose": "after" and a bare subject open a clause of time too.
    if (t.is(w, "when") || t.is(w, "because") || t.is(w, "once") || t.is(w, "after")) return w + 1 < k;
  }
  return false;
}

}  // namespace

bool reason_adjunct(const LexedText& t, std::size_t k) {
  if (reason_clause(t, k)) return true;
  for (std::size_t a = k; a >= 2 && a + 2 > k; --a) {  // the article at k - 1 or k - 2
    bool article = t.is(a - 1, "a") || t.is(a - 1, "an") || t.is(a - 1, "the");
    if (article && adjunct_head(t, a - 2)) return true;
    if (t.lex[a - 1].kind != LexKind::Word) return false;
  }
  return false;
}

}  // namespace entente
