// "The United States has supplied Tunisia with patrol boats, and in 2023 the two countries signed a
// roadmap": "the two countries" of a clause are the two its sentence names, not the story's main pair.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the clause of draft d says "the two countries", "the two sides", "the two nations" or "both
// countries" and its sentence names exactly two countries, puts those two into *p (which must be empty) and
// returns true; false otherwise (the caller falls back on the story's main pair).
bool sentence_pair(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
