// The item of a loan told by a lending verb with a purpose: "lent $120 million to Cambodia in 2024 for a ring
// road" lends for a ring road; the item is the road, not the lender or the whole predicate.
#pragma once

#include <optional>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the trigger of d is "lend", "lends", "lent" or "lending" and "for" follows it in its clause (within
// fifteen lexemes, no comma and no infinitive between: "lend $90 million to a miner to process lithium for
// export" has its purpose already), returns the concrete phrase after "for" ("a ring road around Phnom
// Penh"); else nothing.
std::optional<LexRange> lent_for(const FillContext& f, const DealDraft& d);

}  // namespace entente
