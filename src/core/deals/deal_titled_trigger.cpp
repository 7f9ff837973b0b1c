// Title-case deal nouns that state an amount (see deal_titled_trigger.h).
#include "deal_titled_trigger.h"

namespace entente {

bool titled_amount(const TriggerScan& s, std::size_t end) {
  if (end + 1 >= s.t.lex.size() || end + 1 >= s.m.taken.size()) return false;
  if (!s.t.is(end, "of") && !s.t.is(end, "worth")) return false;
  return s.m.taken[end + 1] == 1;  // 1: a money amount (mentions.cpp)
}

}  // namespace entente
