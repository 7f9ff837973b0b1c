// A signing denied through its subject (deal_denied_detail.h).
#include "deal_denied_detail.h"

namespace entente {

bool no_subject_passive(const LexedText& t, std::size_t cue, std::size_t floor) {
  if (cue < floor + 4 || !t.is(cue - 1, "been")) return false;
  for (std::size_t k = cue - 1; k > floor && k + 6 > cue; --k) {
    if (t.lex[k - 1].kind == LexKind::Punct) return false;
    if (t.is(k - 1, "no")) return true;
  }
  return false;
}

}  // namespace entente
