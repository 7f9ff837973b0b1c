// A pair told as "the two sides" (see deal_two_sides.h).
#include "deal_two_sides.h"

#include <string_view>

namespace entente {

namespace {

bool pair_noun(std::string_view w) {
  return w == "sides" || w == "governments" || w == "capitals" || w == "nations" || w == "leaders" ||
         w == "ministers";
}

}  // namespace

bool two_sides_in(const TriggerScan& s, LexRange c) {
  for (std::size_t k = c.b; k + 1 < c.e; ++k) {
    std::string_view w = s.t.low(k);
    if ((w == "two" || w == "both") && pair_noun(s.t.low(k + 1))) return true;
  }
  return false;
}

}  // namespace entente
