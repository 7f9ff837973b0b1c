// No deal: projects told as a collection (deal_project_string.h).
#include "deal_project_string.h"

namespace entente {

bool project_string(const LexedText& t, std::size_t b, std::size_t floor) {
  if (!t.is(b, "projects")) return false;
  for (std::size_t k = b; k > floor + 1 && k + 6 > b; --k) {
    if (!t.is(k - 1, "of")) continue;
    if (in_words(t.low(k - 2), {"string", "series", "spate", "wave", "raft", "host", "slew", "list"}))
      return true;
  }
  return false;
}

}  // namespace entente
