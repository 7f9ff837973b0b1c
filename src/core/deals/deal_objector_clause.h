// "signed a maritime boundary deal with Athens in 2020 that Turkey rejected outright": a relative clause in
// which a third country objects to the deal ("that Turkey rejected", "which Russia opposed") tells that
// country's view; it is neither a side of the deal nor a cancellation of it.
#pragma once

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// Ends d's own clause before "that" or "which" after its trigger when a country follows it and then, at most
// two words on, a verb of objection ("rejected", "opposed", "condemned", "protested", "disputed", ...); the
// objection is no part of d's tail either.
void cut_objector_clause(const TriggerScan& s, DealDraft* d);

}  // namespace entente
