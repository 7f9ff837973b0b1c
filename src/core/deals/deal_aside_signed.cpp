// An agreement noun whose signing is told after an aside (see deal_aside_signed.h).
#include "deal_aside_signed.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kTermsReach = 20;  // lexemes of an "under which ..." aside: one clause of terms
constexpr std::size_t kShortReach = 8;   // lexemes of ", on water," or ", signed in 2021,"

// The lexeme after the comma closing the aside that opens at k + 1, or 0 when there is none.
std::size_t aside_end(const TriggerScan& s, std::size_t k) {
  const LexedText& t = s.t;
  std::string_view w = t.low(k + 1);
  bool terms = (w == "under" && t.is(k + 2, "which")) || w == "whereby";
  bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
  if (!terms && !past && !in_words(w, {"for", "worth", "covering", "on", "with", "between"})) return 0;
  std::size_t reach = terms ? kTermsReach : kShortReach;
  for (std::size_t j = k + 2; j < s.sentence.e && j < k + reach; ++j) {
    if (t.is(j, ",")) return j + 1;
    if (t.is(j, ";") || t.is(j, ":")) return 0;
  }
  return 0;
}

}  // namespace

bool aside_then_signed(const TriggerScan& s, std::size_t k) {
  const LexedText& t = s.t;
  std::size_t j = aside_end(s, k);
  if (j == 0 || !in_words(t.low(j), {"was", "were", "had", "has", "have", "is", "are"})) return false;
  ++j;
  bool adverb = false;
  for (; j < s.sentence.e; ++j) {
    std::string_view w = t.low(j);
    if (!in_words(w, {"been", "also", "later", "then", "formally", "finally", "subsequently", "eventually"}))
      break;
    adverb |= w != "been";
  }
  // Without an adverb or terms, the caller's own reading holds ("the deal, on water, was signed").
  if (!adverb && !t.is(k + 1, "whereby") && !t.is(k + 1, "under")) return false;
  return j < s.sentence.e && s.lex.in(s.lex.deal_verbs, t, j);
}

}  // namespace entente
