// "China's Sinopharm vaccines, 40 million doses of which Morocco bought in 2021, were ...": a counted
// share of goods "of which" a country bought is what that order is for.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// For an order verb whose subject (a country) starts at lexeme k of clause c: the counted phrase ending
// right before "of which" ("40 million doses"), or the goods before a comma that a bare count there counts
// ("The Kalashnikov rifles, 20,000 of which"); an empty range when the clause does not open so.
LexRange of_which_object(const TriggerScan& s, LexRange c, std::size_t k);

}  // namespace entente
