// "A bilateral investment treaty between Chile and Peru has been under discussion since 2021": a deal noun
// told as under discussion (or being discussed) later in its clause is a deal under talks.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when clause c, after the trigger ending at e, says "under discussion" or "being discussed" (with at
// most "still" or "again" between the two words' parts: "under active discussion" is not told).
bool under_discussion(const TriggerScan& s, LexRange c, std::size_t e);

}  // namespace entente
