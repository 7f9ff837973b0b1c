// "A second phase, worth $15 billion, has been under negotiation since 2022", "the two sides are negotiating
// a third batch": a later part of a deal (a batch or phase with its ordinal) told as negotiated is a deal
// under talks, though no deal noun names it.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the trigger at [b, e) is a later part: an ordinal ("second", "next", "further", ...) then
// "batch", "phase" or "stage".
bool later_part_trigger(const LexedText& t, std::size_t b, std::size_t e);

// True when the later part at [b, e) of clause c is told as negotiated: "under negotiation", "being
// negotiated", "under discussion" or "being discussed" within twenty lexemes after it in its sentence (an
// aside may close the clause), or a negotiating verb or talks
// noun ("negotiating", "talks on") at most three lexemes before it.
bool later_part_under_talks(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e);

}  // namespace entente
