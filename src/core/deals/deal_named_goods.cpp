// A purchase noun after a named system ("the Patriot sale Ankara sought in 2013") names what is bought.
#include "deal_named_goods.h"

#include <string_view>

namespace entente {
namespace {

// "S-400", "J-10C", "F-16": letters and digits in one word, or a letter joined by a hyphen to a number.
bool model_number(const LexedText& t, std::size_t k) {
  std::string_view w = t.raw(k);
  bool digit = false, letter = false;
  for (char ch : w) {
    digit |= ch >= '0' && ch <= '9';
    letter |= (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
  }
  return digit && letter;
}

// "The Rafale order is the biggest ...": a name told before in the text points back at a deal already told.
bool named_before(const LexedText& t, std::size_t sentence_b, std::size_t k) {
  constexpr std::size_t kBack = 3000;  // bounded work on long texts
  for (std::size_t j = sentence_b > kBack ? sentence_b - kBack : 0; j < sentence_b; ++j)
    if (t.hash[j] == t.hash[k] && t.low(j) == t.low(k)) return true;
  return false;
}

}  // namespace

bool named_goods_before(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  constexpr std::size_t kNear = 4;  // modifiers right before the noun, back to its determiner
  for (std::size_t k = b; k > s.sentence.b + 1 && k + kNear > b; --k) {
    std::size_t m = k - 1;
    if (t.lex[m].kind == LexKind::Punct || t.is(m, "the") || t.is(m, "a") || t.is(m, "an")) return false;
    if (s.items.country[m] || s.items.taken[m] == 1 || s.items.taken[m] == 2) continue;
    bool name = t.lex[m].kind == LexKind::Word && t.capitalized(m);
    if (!name && t.lex[m].kind == LexKind::Word && !model_number(t, m)) return false;  // "Talgo to supply"
    if ((name || model_number(t, m)) && !named_before(t, s.sentence.b, m)) return true;
  }
  return false;
}

}  // namespace entente
