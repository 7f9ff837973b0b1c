// "Lithuania bought two radar batteries from Norway in 2020. Both batteries have since been delivered.":
// goods told as "have since been delivered" (or handed over) are all in: the order is completed.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// When the sentence `range` tells no deal of its own (none from index `first_new` on) and says "have/has
// since been delivered" (or "handed over"), not negated: the deal told just before it (within a few hundred
// bytes) goes from signed or under way to completed, with the sentence as evidence.
void since_delivered(const LexedText& t, LexRange range, std::size_t first_new, std::vector<Deal>* deals);

}  // namespace entente
