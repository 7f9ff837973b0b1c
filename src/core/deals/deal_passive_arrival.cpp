// Goods told as delivered in the passive (see deal_passive_arrival.h).
#include "deal_passive_arrival.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kAside = 8;  // lexemes: "24 of them", "bought in 2019"

bool helper(const LexedText& t, std::size_t k) {
  return t.is(k, "was") || t.is(k, "were") || t.is(k, "been");
}

// "have now been delivered": an adverb between the helper and "been".
bool adverb(const LexedText& t, std::size_t k) {
  return t.is(k, "now") || t.is(k, "already") || t.is(k, "finally") || t.is(k, "also") || t.is(k, "all");
}

// "All 24 aircraft", "the first of the two it ordered": units of an order told elsewhere, or no noun
// (a number, a pronoun's clause) before the helper. Such a subject is left to the other rules.
bool order_units(const LexedText& t, LexRange s, std::size_t end) {
  if (t.lex[end - 1].kind != LexKind::Word) return true;
  for (std::size_t k = end; k > s.b && k + 6 > end; --k) {
    std::string_view w = t.low(k - 1);
    if (w == "all" || w == "first" || w == "last" || w == "remaining" || w == "rest" || w == "final" ||
        w == "it" || w == "they" || w == "which" || w == "that")
      return true;
  }
  return false;
}

// The helper's first lexeme ("has" of "has been", "were" of "were"), for the helper ending at k.
std::size_t helper_start(const LexedText& t, std::size_t k, std::size_t floor) {
  std::size_t h = k;
  if (t.is(k, "been") && k > floor + 1 && adverb(t, k - 1)) --h;  // "have now been"
  if (t.is(k, "been") && h > floor && (t.is(h - 1, "has") || t.is(h - 1, "have") || t.is(h - 1, "had")))
    return h - 1;
  return k;
}

}  // namespace

bool passive_delivery(const LexedText& t, std::size_t b) {
  bool verb = t.is(b, "delivered") || (t.is(b, "handed") && b + 1 < t.lex.size() && t.is(b + 1, "over"));
  return verb && b > 1 && helper(t, b - 1) && passive_subject_end(t, {0, b}, b) != 0;
}

std::size_t passive_subject_end(const LexedText& t, LexRange s, std::size_t b) {
  if (b < s.b + 2) return 0;
  std::size_t k = helper_start(t, b - 1, s.b);
  if (k <= s.b) return 0;
  std::size_t end = k;
  // An aside between commas: the subject ends before its opening comma.
  if (t.is(k - 1, ",")) {
    end = 0;
    for (std::size_t j = k - 1; j > s.b + 1 && j + kAside + 1 > k && end == 0; --j)
      if (t.is(j - 1, ",")) end = j - 1;
  }
  return end > s.b && !order_units(t, s, end) ? end : 0;
}

}  // namespace entente
