// No deal: road or track material laid (deal_paving_work.h).
#include "deal_paving_work.h"

namespace entente {

bool paving_work(const LexedText& t, std::size_t b, LexRange item) {
  if (!in_words(t.low(b), {"lay", "lays", "laying", "laid"})) return false;
  return any_in_words(t, item.b, item.e,
                      {"asphalt", "tarmac", "concrete", "cement", "bricks", "gravel", "rails", "track",
                       "tracks", "sleepers"});
}

}  // namespace entente
