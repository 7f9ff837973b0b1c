// Deals told as near: "the two sides are close to a deal on a rail link", "Seoul is nearing an arms deal":
// the deal noun has no deal verb of its own, but the talks it ends are told as under way.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the deal noun at lexeme b of clause c follows "close to", "closer to" or "nearing" and an
// article, with at most a few modifiers between ("close to a gas pipeline deal").
bool close_to_deal(const TriggerScan& s, LexRange c, std::size_t b);

}  // namespace entente
