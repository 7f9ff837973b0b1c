// A project told before its builder in a relative clause: "the Lusaka ring road, which China Jiangxi
// Corporation began building in 2021", "a wind farm that Spain's Acciona is building".
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// For a project verb at b ("building", "built", "constructing") with no object after it: the noun phrase
// before "which" or "that" when only a named builder (capitalised words, "and", "of", "'s") and aspect
// words ("began", "has been", "is") stand between. Empty when there is none.
LexRange relative_project(const TriggerScan& s, std::size_t b);

}  // namespace entente
