// Clauses about a third country told inside a deal's clause: its objection ("that Turkey rejected
// outright") or a comparison with it ("than anything Turkey could offer"). Neither names a side of the deal
// nor its status.
#pragma once

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// Ends d's own clause (and empties its tail) before such a clause; see deal_objector_clause.h and
// deal_than_clause.h.
void cut_bystander_clauses(const TriggerScan& s, DealDraft* d);

}  // namespace entente
