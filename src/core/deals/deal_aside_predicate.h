// "A water agreement between Chile and Bolivia, which herders have sought for decades, is still being
// negotiated": a deal noun opening its sentence, then a relative aside, then a predicate of talks.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when clause c opens its sentence (at most one lexeme before it), a relative aside follows it
// ("which", "who" or "that" within two lexemes of its end) and the sentence after the aside says "being
// negotiated", "under negotiation", "being discussed" or "under discussion" (within thirty lexemes of the
// clause's end).
bool talks_after_aside(const TriggerScan& s, LexRange c);

}  // namespace entente
