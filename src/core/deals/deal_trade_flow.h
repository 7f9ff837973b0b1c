// A year's imports or exports told as a figure: "India imported 33 million tonnes of crude in 2024" is a
// trade statistic, not a deal.
#pragma once

#include "deal_draft.h"
#include "deal_lexicon.h"
#include "deal_triggers.h"

namespace entente {

// True when the trigger at lexeme b is "imported" or "exported", the sentence gives a bulk
// measure (tonnes, barrels, cubic metres) or an amount of money after it and a bare year ("in 2024", no
// month) for the flow, and names no contract, agreement, deal, order or loan it served.
bool year_flow(const TriggerScan& s, const TriggerRule& r, std::size_t b);

}  // namespace entente
