// Joint exercises named with a hyphenated compound (see deal_exercise_compound.h).
#include "deal_exercise_compound.h"

namespace entente {

bool modifier_before_compound(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  std::size_t k = b;  // k - 1: the compound's last word
  if (k < c.b + 3 || !t.is(k - 2, "-")) return false;
  while (k >= c.b + 3 && t.is(k - 2, "-") && t.joined(k - 3) && t.joined(k - 2)) k -= 2;
  if (k == b) return false;  // no joined hyphen: "joint - and later naval - drills"
  for (std::size_t j = k - 1; j > c.b && j + 3 > k; --j)
    if (s.lex.in(s.lex.exercise_modifiers, t, j - 1)) return true;
  return false;
}

}  // namespace entente
