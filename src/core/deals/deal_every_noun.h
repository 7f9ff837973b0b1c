// Deals in general, one at a time: "resist the temptation to add up every pledge and memorandum into a
// headline number". A deal noun after "every" (also past one coordinated noun, "every pledge and
// memorandum") in a sentence that names no one and holds no figure tells what deals are like, not one deal.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when "every" stands before the trigger at b (right before it, or before "X and" / "X or" before it)
// and the trigger's sentence names no entity and holds no amount or date.
bool every_noun(const TriggerScan& s, std::size_t b);

}  // namespace entente
