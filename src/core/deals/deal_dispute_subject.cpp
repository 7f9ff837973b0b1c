// The deal a ruling is about (see deal_dispute_subject.h).
#include "deal_dispute_subject.h"

#include "deal_court_order.h"

namespace entente {

namespace {

constexpr std::size_t kPhrase = 5;   // "over" + "a cancelled road" before the noun
constexpr std::size_t kRuling = 30;  // "ordered Vientiane to pay a Thai builder $300 million" before "over"

// "over" opening the noun phrase that holds b, or 0.
std::size_t over_before(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b && k + kPhrase >= b; --k) {
    if (t.is(k - 1, "over")) return k - 1;
    if (t.lex[k - 1].kind == LexKind::Punct) return 0;
  }
  return 0;
}

}  // namespace

bool dispute_subject(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t over = over_before(t, sentence, b);
  if (over == 0) return false;
  std::size_t from = over > sentence.b + kRuling ? over - kRuling : sentence.b;
  for (std::size_t j = from; j < over; ++j)
    if (court_ordered(t, LexRange{sentence.b, over}, j)) return true;
  return false;
}

}  // namespace entente
