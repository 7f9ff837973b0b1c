// "sold more weapons than ...": a compared volume, no deal (see deal_compared_volume.h).
#include "deal_compared_volume.h"

#include "numbers.h"

namespace entente {

namespace {

// "lent more than $1 billion", "invested more than A$200 million", "bought more than half a million tonnes":
// "than" right before an amount (a currency sign or code of up to three letters, then a number) is the
// amount's qualifier, not a comparison.
bool amount_after(const LexedText& t, std::size_t than, std::size_t e) {
  for (std::size_t j = than + 1; j < e && j < than + 4; ++j) {
    if (parse_number(t, j, true)) return true;
    bool sign = t.lex[j].kind == LexKind::Symbol || (t.lex[j].kind == LexKind::Word && t.low(j).size() <= 3);
    if (!sign) return false;
  }
  return false;
}

}  // namespace

bool compared_volume(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = b + 1;
  if (k >= sentence.e || !(t.is(k, "more") || t.is(k, "fewer") || t.is(k, "less"))) return false;
  if (t.is(k + 1, "than") && amount_after(t, k + 1, sentence.e)) return false;
  for (std::size_t j = k + 1; j < sentence.e && j < k + 10; ++j) {
    if (t.lex[j].kind == LexKind::Punct) return false;
    if (t.is(j, "than")) return true;
  }
  return false;
}

}  // namespace entente
