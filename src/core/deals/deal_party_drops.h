// Countries named in a deal's sentence that are not its sides: each function drops them from sides p only
// while more than two sides remain.
#pragma once

#include <functional>

#include "deal_draft.h"
#include "deal_fill.h"
#include "gazetteer.h"

namespace entente {

// Splits the countries `sentence` names by `aside` (true for a mention that is not a side: in an amount, as a
// venue, inside a route's name) and drops each one named only aside.
void drop_named_aside(const FillContext& f, LexRange sentence, NameSet* p,
                      const std::function<bool(const EntityHit&)>& aside);

// Drops a country named only by its currency inside an amount ("3 billion Norwegian crowns").
void drop_currency_names(const FillContext& f, LexRange sentence, NameSet* p);

// Drops a country named only as a venue or a dateline's city ("at a meeting in Dakar", "Doha, May 3 -").
void drop_venues(const FillContext& f, LexRange sentence, NameSet* p);

// Drops the far end of a route in the deal's clause ("a loan for the line extension to Niger").
void drop_route_ends(const FillContext& f, const DealDraft& d, NameSet* p);

// Drops a country named only as the base of a commentator ("said a Singapore-based economist", "a
// London-based think tank"; see deal_based_source.cpp).
void drop_based_sources(const FillContext& f, LexRange sentence, NameSet* p);

}  // namespace entente
