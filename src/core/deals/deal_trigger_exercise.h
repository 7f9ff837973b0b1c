// Whether an exercise noun tells a joint exercise (the Modifier requirement of assets/deal_lexicon.json).
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the exercise trigger at [b, e) of clause c tells a joint exercise: a trigger of two or more
// words ("joint exercise"), a partner or series named ("their Malabar exercise"), a count ("two
// exercises"), or two countries' services or names in the clause.
bool joint_exercise(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e);

}  // namespace entente
