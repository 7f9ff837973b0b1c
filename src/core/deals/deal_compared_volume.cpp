// "sold more weapons than ...": a compared volume, no deal (see deal_compared_volume.h).
#include "deal_compared_volume.h"

namespace entente {

bool compared_volume(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = b + 1;
  if (k >= sentence.e || !(t.is(k, "more") || t.is(k, "fewer") || t.is(k, "less"))) return false;
  for (std::size_t j = k + 1; j < sentence.e && j < k + 10; ++j) {
    if (t.lex[j].kind == LexKind::Punct) return false;
    if (t.is(j, "than")) return true;
  }
  return false;
}

}  // namespace entente
