// A cost aside is no deal of its own: in "signed a deal to build a cable factory, with the first phase
// costing $30 million out of a total investment of $95 million" the total investment is the factory's cost,
// the value of the deal told before it, not a second "total investment" row.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when the trigger of d is "investment" or "cost" right after "of a total" ("out of a total
// investment").
bool total_cost_trigger(const LexedText& t, const DealDraft& d);

// When the trigger of d is "investment" (or "cost") right after "of a total" ("out of a total investment of
// $95 million", "part of a total cost of ...") and the sentence already gave a deal (deals[first] on),
// gives the last of them d's amount when it has none or only a phase's ("with the first phase costing $45
// million") and returns true: d gives no row of its own. False
// otherwise, and the deals are left as they are.
bool total_cost_aside(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals);

}  // namespace entente
