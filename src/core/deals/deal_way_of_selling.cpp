// A manner, not a deal (see deal_way_of_selling.h).
#include "deal_way_of_selling.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 3;  // "way" + "of", or "a cheap way" with a word between

bool manner_noun(std::string_view w) {
  return w == "way" || w == "ways" || w == "means" || w == "method" || w == "methods";
}

}  // namespace

bool way_of_selling(const LexedText& t, std::size_t b) {
  std::string_view w = t.low(b);
  if (b < 2 || w.size() < 5 || w.substr(w.size() - 3) != "ing" || !t.is(b - 1, "of")) return false;
  for (std::size_t k = b - 1; k > 0 && k + kReach > b - 1; --k)
    if (manner_noun(t.low(k - 1))) return true;
  return false;
}

}  // namespace entente
