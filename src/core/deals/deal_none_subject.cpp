// A deal told only as done by nobody (see deal_none_subject.h).
#include "deal_none_subject.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kReach = 14;  // "none has handed a port to a foreign company on a long lease"

bool nobody(const LexedText& t, std::size_t k) {
  return in_words(t.low(k), {"none", "nobody", "neither"}) || (t.is(k, "no") && t.is(k + 1, "one"));
}

bool auxiliary(std::string_view w) {
  return in_words(w, {"has", "have", "had", "did", "does", "do", "will", "would", "could", "can", "ever"});
}

}  // namespace

bool none_subject(const LexedText& t, LexRange sentence, std::size_t b) {
  bool aux = false;  // "none has handed", not "Neither is the Finnish purchase ...", a deal told as other
  for (std::size_t k = b; k > sentence.b && k + kReach > b; --k) {
    std::size_t w = k - 1;
    if (t.lex[w].kind == LexKind::Punct || t.is(w, "but") || t.is(w, "while") || t.is(w, "which"))
      return false;
    if (nobody(t, w)) return aux && (w == sentence.b || !t.is(w - 1, "of"));  // not "a stake of none"
    aux |= auxiliary(t.low(w));
  }
  return false;
}

}  // namespace entente
