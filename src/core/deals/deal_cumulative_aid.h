// "Poland's military aid to Ukraine has topped 4.5 billion euros since 2022": a running total of aid is a
// cumulative statistic, not a deal.
#pragma once

#include <cstddef>

#include "deal_lexicon.h"
#include "deal_triggers.h"

namespace entente {

// True when the trigger at lexeme b is an aid noun (rule kind "assistance", not a verb) and clause c tells
// its total as grown to an amount: a perfect verb of reaching ("has topped", "have exceeded", "has passed")
// or "so far" / "to date", with money in the clause.
bool cumulative_aid(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

}  // namespace entente
