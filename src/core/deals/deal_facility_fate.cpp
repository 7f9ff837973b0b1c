// A facility told as dropped after it (see deal_facility_fate.h).
#include "deal_facility_fate.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kAside = 16;  // lexemes of one aside: "for which a Chinese company signed a ..."

bool dropped_word(std::string_view w) {
  return w == "dropped" || w == "shelved" || w == "scrapped" || w == "cancelled" || w == "canceled" ||
         w == "abandoned" || w == "suspended" || w == "halted" || w == "frozen";
}

bool adverb(std::string_view w) {
  return w == "similarly" || w == "also" || w == "later" || w == "quietly" || w == "since" || w == "then" ||
         w == "eventually" || w == "finally" || w == "now";
}

bool told_before_word(std::string_view w) {
  return w == "same" || w == "this" || w == "that" || w == "these" || w == "those" || w == "such" ||
         w == "its" || w == "their";
}

// The lexeme after the asides that follow e (", commissioned from an Italian firm,"), or npos when an
// aside does not close within kAside lexemes.
std::size_t after_asides(const LexedText& t, LexRange sentence, std::size_t k) {
  while (k < sentence.e && t.is(k, ",")) {
    std::size_t j = k + 1;
    while (j < sentence.e && j < k + kAside && !t.is(j, ",") && !t.is(j, ";")) ++j;
    if (j >= sentence.e || !t.is(j, ",")) return std::string_view::npos;
    k = j + 1;
  }
  return k;
}

// "was shelved", "were similarly scrapped", "has been dropped", "had since been abandoned" at k.
bool dropped_at(const LexedText& t, LexRange sentence, std::size_t k) {
  if (k + 1 < sentence.e && (t.is(k, "has") || t.is(k, "have") || t.is(k, "had"))) {
    ++k;
    if (k + 1 < sentence.e && adverb(t.low(k))) ++k;
    if (!t.is(k, "been")) return false;
  } else if (!t.is(k, "was") && !t.is(k, "were")) {
    return false;
  }
  ++k;
  if (k < sentence.e && adverb(t.low(k))) ++k;
  return k < sentence.e && dropped_word(t.low(k));
}

}  // namespace

bool facility_dropped_after(const TriggerScan& s, std::size_t b, std::size_t e) {
  const LexedText& t = s.t;
  // "The same project was frozen in 2020": a project told before, whose deal is told there.
  for (std::size_t k = b; k > s.sentence.b && k + 4 > b; --k)
    if (told_before_word(t.low(k - 1))) return false;
  // "The Bala dam survey, ...": a noun or two may close the facility's phrase.
  std::size_t k = e;
  while (k < s.sentence.e && k < e + 2 && t.lex[k].kind == LexKind::Word && !t.capitalized(k) &&
         !t.is(k, "was") && !t.is(k, "were") && !t.is(k, "has") && !t.is(k, "have") && !t.is(k, "had"))
    ++k;
  k = after_asides(t, s.sentence, k);
  if (k == std::string_view::npos || !dropped_at(t, s.sentence, k)) return false;
  for (std::size_t j = s.sentence.b; j < s.sentence.e; ++j)
    if (s.items.country[j]) return true;
  return false;
}

}  // namespace entente
