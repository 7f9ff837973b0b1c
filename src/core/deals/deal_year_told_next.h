// "A Kazakh grain trader has bought 40 hopper wagons from a plant in Tashkent. The purchase was made in
// 2024.": a short sentence dating the deal just told gives its year.
#pragma once

#include <vector>

#include "dates.h"
#include "deal_draft.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// When the sentence `range` opens with "The", "This" or "That", a deal noun ("purchase", "order", "deal",
// "agreement", "contract", "sale"), "was" and a making verb ("made", "placed", "signed", "concluded",
// "agreed", "reached", "struck"), then "in" and a date with a written year: the deal told just before
// (within a few hundred bytes) without a written year of its own takes that year.
void year_told_next(const LexedText& t, const std::vector<DateSpan>& dates, LexRange range,
                    std::vector<Deal>* deals);

}  // namespace entente
