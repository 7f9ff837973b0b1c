// Funds and banks named as the investor: "The Public Investment Fund put $1.5 billion into a telecoms
// firm", "a joint venture with the National Investment Fund". The finance word is part of the investor's
// name, not the field the deal is in, so an investment or venture keeps the sector its own words give.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when r holds a finance word and every one is a fund's capitalized name ("Public Investment Fund":
// "Fund" and the word before it capitalized, not opening the sentence). A named bank lends, so it counts
// as finance.
bool finance_only_named(const FillContext& f, LexRange r, std::size_t sentence_start);

}  // namespace entente
