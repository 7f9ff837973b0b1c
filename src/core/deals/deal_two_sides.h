// "the two governments said they were discussing a new subsea cable": a clause whose subject is "the two
// sides", "both governments" or the like names the pair without naming the countries.
#pragma once

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when clause c holds "two" or "both" right before sides, governments, capitals, nations, leaders or
// ministers ("the two sides", "both governments").
bool two_sides_in(const TriggerScan& s, LexRange c);

}  // namespace entente
