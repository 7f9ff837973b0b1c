// A stake as a deal: "a 49% stake", or a stake taken by a deal verb; a share kept is none.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// Requirement::Share: "a 49% stake", or a stake taken by a deal verb ("to secure a stake in the expansion").
bool share_holds(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e);

}  // namespace entente
