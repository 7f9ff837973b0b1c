// "ordered four ferries from Azerbaijan, worth $95 million in total": "in total" after the price of the
// goods just ordered sums that one order's units, not money that moved over the years.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when the statistics cue at lexeme k is "in total" right after an amount that "worth", "for",
// "valued at" or "cost of" sets as a price: a few lexemes back, with no clause break between.
bool priced_total(const LexedText& t, std::size_t k);

}  // namespace entente
