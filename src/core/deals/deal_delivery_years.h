// One order delivered over two years is one deal: "Talgo delivered the first two trains in 2011 and two more
// in 2015" and "delivered four trains in 2011 and 2015" tell one completed order, not a deal per year, and
// the delivery years are not the deal's year (LABELING: delivery years go to notes).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the trigger of d is a delivery verb ("delivered", "shipped", "handed") and its clause after the verb
// names two years joined by "and", keeps the first of deals[first] on, drops the later ones with its parties
// and item, and clears its year.
void one_delivery_over_years(const FillContext& f, const DealDraft& d, std::size_t first,
                             std::vector<Deal>* deals);

}  // namespace entente
