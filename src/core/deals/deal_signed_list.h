// A signing verb whose object lists several deals of different kinds ("signed accords on energy, a $2 billion
// loan for a port and a visa waiver"): one row per listed deal, each with the amount told in its own part.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_fill.h"

namespace entente {

// When the sentence `sentence` gave exactly one deal (at `first_new`) and its signing verb ("signed",
// "inked", "concluded") takes a list of three or more deal parts, split by top-level commas and a last
// "and a/an", each holding a deal noun: the first deal becomes the first part (keeping an amount only when
// it lies in that part) and the other parts are appended with its parties, status and year. Returns
// `first_new` when parts were added, else -1.
int add_signed_list(const FillContext& f, LexRange sentence, std::size_t first_new, std::vector<Deal>* deals);

}  // namespace entente
