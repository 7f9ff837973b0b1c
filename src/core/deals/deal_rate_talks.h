// "The parties also discussed the supply of Russian petroleum products in the amount of 1.5 mln tonnes per
// year": a yearly rate in a clause that discusses or agrees a supply is a term of that deal, not a trade
// statistic.
#pragma once

#include "deal_triggers.h"

namespace entente {

// True when every statistics phrase in clause c is a rate per period ("per year", "annually", "every year",
// "each year") and a word of talks or agreement ("discussed", "negotiating", "agreed", "contract", ...)
// stands in c before lexeme b (the end of c to look in the whole clause).
bool rate_under_talks(const TriggerScan& s, LexRange c, std::size_t b);

}  // namespace entente
