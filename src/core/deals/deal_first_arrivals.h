// "Peru ordered three ferries from Chile. The first ferry was handed over in January.", "The first shipments
// arrived last month": the first goods of the order told just before have come, so it is under way.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// When the sentence `range` opens with "The first" (a count may follow), names goods of the deal told just
// before (a delivery noun such as "shipments", or a word sharing its stem with that deal's sentence:
// "ferry" after "ferries", "megawatts") and says they arrived, were delivered or handed over, or began
// flowing: that deal (signed purchase, supply or agreement, a few hundred bytes back) goes under way.
void first_goods_arrived(const LexedText& t, LexRange range, std::vector<Deal>* deals);

}  // namespace entente
