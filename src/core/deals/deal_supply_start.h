// "Brunei would supply liquefied natural gas to Singapore from 2029": the year supplies start is a target,
// not the year of the deal.
#pragma once

#include "dates.h"
#include "deal_lex.h"

namespace entente {

// True when the date `d` follows "from", is not the start of a span ("from 2019 to 2024"), and a verb or
// noun of supply ("supply", "deliver", "ship", "export", "deliveries") comes up to eight lexemes before it.
bool supply_start(const LexedText& t, const DateSpan& d);

}  // namespace entente
