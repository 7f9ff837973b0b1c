// A cleft "it was not until YEAR that ..." dates its event (deal_year_not_until.h).
#include "deal_year_not_until.h"

#include <string_view>

namespace entente {

bool cleft_until(const LexedText& t, std::size_t k) {
  if (k < 2 || !t.is(k, "until")) return false;
  if (!t.is(k - 1, "not")) return false;
  std::string_view v = t.low(k - 2);
  return v == "was" || v == "is";
}

}  // namespace entente
