// A second amount of the same kind of deal told after "a further" with its own target: "put $1.5 billion
// into A in 2020 and a further $1.3 billion into B the same year" is two investments.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"
#include "money.h"

namespace entente {

// When, after the amount `first` of the deal just appended to `out` (out->back()), the clause of d tells
// "and a further", "and another" or "and an additional" amount followed by "into", "in" or "for" and a
// phrase, appends a copy of that deal with the second amount and that phrase as its item (its year the one
// told as "in YEAR" after the phrase, else the first deal's) and returns true; else false.
bool add_further_amount(const FillContext& f, const DealDraft& d, const MoneySpan& first,
                        std::vector<Deal>* out);

}  // namespace entente
