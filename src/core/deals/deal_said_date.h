// "Chilean and Peruvian ministers said on Tuesday that a proposed gas pipeline could ...": the day of the
// saying dates the statement; a deal only proposed in it has no year of its own.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_fill.h"
#include "deals.h"

namespace entente {

// For the proposed deals the sentence told (from index `first_new` on): when a saying verb is followed by a
// weekday, "yesterday" or "today" ("said on Tuesday", "told reporters yesterday") and every date of the
// sentence is such a day with no written year, the deal's year and date text are dropped.
void undate_said_proposals(const FillContext& f, LexRange sentence, std::size_t first_new,
                           std::vector<Deal>* deals);

}  // namespace entente
