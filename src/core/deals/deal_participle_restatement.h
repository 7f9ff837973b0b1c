// A deal's goods told again with a passive participle: "Guyana sold its first cargo of crude oil to India in
// 2024, about one million barrels bought by Indian Oil Corporation": "bought by" after the goods describes
// the sale told before it in the sentence, not a second deal.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// Drops from `drafts` (one sentence's, in order) each purchase or supply verb after the first draft that is
// a past participle ("bought", "sold", "supplied", "purchased") right before "by" and right after a noun
// (no "was", "were", "been", "is", "are", "be" or "being" before it), when the draft before it is also a
// purchase or supply.
void drop_participle_restatements(const TriggerScan& s, std::vector<DealDraft>* drafts);

}  // namespace entente
