// Taking over the running of a facility is an operating concession ("took over the port's operation").
#include "deal_takeover.h"

#include <string_view>

namespace entente {

bool takeover_verb(const LexedText& t, std::size_t b) {
  return (t.is(b, "took") || t.is(b, "take") || t.is(b, "takes") || t.is(b, "taking") || t.is(b, "taken")) &&
         t.is(b + 1, "over");
}

bool takeover_holds(const TriggerScan& s, LexRange item) {
  for (std::size_t k = item.b; k < item.e; ++k) {
    std::string_view w = s.t.low(k);
    if (w == "operation" || w == "operations" || w == "management" || w == "running") return true;
  }
  return false;
}

}  // namespace entente
