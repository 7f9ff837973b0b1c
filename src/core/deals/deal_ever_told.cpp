// "the first heavy artillery Yerevan has ever bought": a ranking, not a deal (see deal_ever_told.h).
#include "deal_ever_told.h"

namespace entente {

bool ever_told(const LexedText& t, LexRange sentence, std::size_t b) {
  return b > sentence.b + 1 && t.is(b - 1, "ever");
}

}  // namespace entente
