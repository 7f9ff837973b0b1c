// Delivered orders told without "which" or "that": the goods come first, then "it ordered".
#include "deal_delivered_all.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kReach = 14;  // lexemes from the delivery word to the order verb

// The lexeme after "took delivery of" or "received" at k, else 0.
std::size_t taken_at(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (in_words(w, {"took", "taken", "takes", "taking"}) && t.is(k + 1, "delivery") && t.is(k + 2, "of"))
    return k + 3;
  if (in_words(w, {"received", "receives"})) return k + 1;
  return 0;
}

// "has yet to take delivery", "will receive", "did not receive", "is due to take": not taken yet.
bool awaited(const LexedText& t, std::size_t b, std::size_t k) {
  for (std::size_t j = k; j > b && j + 3 > k; --j)
    if (in_words(t.low(j - 1), {"not", "never", "yet", "to", "will", "would", "awaits", "awaiting"}))
      return true;
  return false;
}

// "the first of", "part of", "some of": only some units came.
bool partial(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t j = b; j < e; ++j)
    if (in_words(t.low(j), {"first", "initial", "part", "some", "half", "remaining", "last"})) return true;
  return false;
}

// An order verb at j whose subject is a pronoun right before it ("it ordered", "they had bought").
bool pronoun_order(const LexedText& t, std::size_t j) {
  if (!in_words(t.low(j), {"ordered", "bought", "purchased", "contracted", "acquired"})) return false;
  std::size_t s = j > 0 && t.is(j - 1, "had") ? j - 1 : j;
  return s > 0 && in_words(t.low(s - 1), {"it", "they", "we", "he", "she"});
}

}  // namespace

bool reduced_relative(const LexedText& t, std::size_t j) {
  return in_words(t.low(j), {"it", "they", "we"}) && j + 1 < t.lex.size() && pronoun_order(t, j + 1);
}

// 0 when the sentence tells no delivery of goods it then says were ordered; 1 when some were taken ("the
// first two of the six ships it ordered"); 2 when all were.
int delivered_of_order(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k < d.sentence.e; ++k) {
    std::size_t g = taken_at(t, k);
    if (!g || awaited(t, d.sentence.b, k)) continue;
    for (std::size_t j = g + 1; j < d.sentence.e && j < g + kReach; ++j) {
      if (t.is(j, ".") || t.is(j, ";") || t.is(j, "which") || t.is(j, "that")) break;
      if (pronoun_order(t, j)) return partial(t, g, j) ? 1 : 2;
    }
  }
  return 0;
}

bool delivered_whole(const LexedText& t, const DealDraft& d) {
  return delivered_of_order(t, d) == 2;
}

bool delivered_part(const LexedText& t, const DealDraft& d) {
  return delivered_of_order(t, d) == 1;
}

}  // namespace entente
