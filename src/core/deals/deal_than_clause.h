// "the UAE's $35 billion Ras El-Hekma investment in 2024 did more to stabilise the pound than anything Turkey
// could offer": the country and the modal of a comparison after "than" are the comparison's, not the deal's.
#pragma once

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// Ends d's own clause before "than" after its trigger when a country stands at most three words after it
// ("than anything Turkey could offer", "than from Russia"); the comparison is no part of d's tail either.
void cut_than_clause(const TriggerScan& s, DealDraft* d);

}  // namespace entente
