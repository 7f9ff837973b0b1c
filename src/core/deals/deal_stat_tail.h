// "Bilateral trade reached about $4.1 billion in 2022, most of it Kazakh crude oil shipped to French
// refineries": a clause that says what a trade or investment figure was made of is part of the statistic,
// not a deal.
#pragma once

#include "deal_triggers.h"

namespace entente {

// True when clause c opens on a share of what was told before ("most of it", "much of them", "all of this",
// "mostly", "mainly", "largely", "chiefly", "primarily") and the sentence before c holds a statistics phrase
// ("reached about", "totalled", "amounted to", "stood at").
bool statistic_tail(const TriggerScan& s, LexRange c);

}  // namespace entente
