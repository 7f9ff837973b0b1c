// Countries named in a deal's sentence that are not its sides: each function drops them from sides p only
// while more than two sides remain.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// Drops a country named only by its currency inside an amount ("3 billion Norwegian crowns").
void drop_currency_names(const FillContext& f, LexRange sentence, NameSet* p);

// Drops a country named only as a venue or a dateline's city ("at a meeting in Dakar", "Doha, May 3 -").
void drop_venues(const FillContext& f, LexRange sentence, NameSet* p);

// Drops the far end of a route in the deal's clause ("a loan for the line extension to Niger").
void drop_route_ends(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
