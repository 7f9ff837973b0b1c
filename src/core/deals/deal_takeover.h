// A firm that took over the running of a facility: "took over the port's operation in 2013", "took over
// the operation of the north container terminal under a concession" (an operating concession).
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when lexeme b opens "took over" (or "take/takes/taking/taken over").
bool takeover_verb(const LexedText& t, std::size_t b);

// True when what was taken over is the running of something ("operation", "operations", "management",
// "running"), not a place or a firm ("took over Crimea").
bool takeover_holds(const TriggerScan& s, LexRange item);

}  // namespace entente
