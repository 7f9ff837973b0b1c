// "a joint search-and-rescue exercise", "joint anti-submarine drills": a hyphenated compound between the
// joint-like modifier and the exercise noun.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the exercise noun at lexeme b of clause c follows a hyphenated compound ("search-and-rescue")
// that follows a joint-like modifier ("joint", "bilateral"), one more word allowed between them.
bool modifier_before_compound(const TriggerScan& s, LexRange c, std::size_t b);

}  // namespace entente
