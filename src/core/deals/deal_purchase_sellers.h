// One deal per seller when a purchase names several: "Ghana bought locomotives from China and the United
// States" is two purchases, Ghana-China and Ghana-United States, not one three-party row (and never a row
// between the two sellers).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's trigger is a purchase verb ("bought", "ordered", "purchased", "acquired", "imported")
// followed in its clause by "from" and a list of two or more countries ("from both Japan and China"),
// replaces each deal among deals[first] on by one deal per listed seller. The buyer is the deal's one party
// outside the list, else the lone other country of the sentence, else of the sentence `before`, else a main
// country of the story outside the list; without one the deals stay as they are.
void split_purchase_sellers(const FillContext& f, const DealDraft& d, LexRange before, std::size_t first,
                            std::vector<Deal>* deals);

}  // namespace entente
