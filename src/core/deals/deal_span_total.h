// "Indian development assistance to Guyana since 2000 totals roughly $200 million", "the total value of
// licences granted for exports to Iraq between 2014 and 2024 reached CZK 11.4 billion": a deal noun whose sum
// over a span of years is told as reaching an amount is a cumulative statistic, not a deal.
#pragma once

#include <cstddef>

#include "deal_lexicon.h"
#include "deal_triggers.h"

namespace entente {

// True when the noun trigger at lexeme b is followed in clause c by a verb of totalling ("totals",
// "totalled", "reached", "amounted", "stood at") and money, and the clause names a span of years ("since
// 2000", "between 2014 and 2024", "over the past decade").
bool span_total(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

}  // namespace entente
