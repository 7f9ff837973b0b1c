// A list after a deal's purpose (see deal_purpose_list.h).
#include "deal_purpose_list.h"

namespace entente {

bool purpose_plural(const LexedText& t, std::size_t k, std::size_t floor) {
  constexpr std::size_t kMaxModifiers = 4;  // "for disaster - resilience projects"
  for (std::size_t j = k; j > floor && j + kMaxModifiers >= k; --j) {
    if (t.is(j - 1, "for")) return true;
    if (t.lex[j - 1].kind == LexKind::Punct && !t.is(j - 1, "-")) return false;
  }
  return false;
}

}  // namespace entente
