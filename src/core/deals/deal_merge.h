// Cross-document grouping: deals with overlapping parties, a compatible kind or sector, no differing year
// and shared item words are one deal told several times (same `group`); differing quantities or values
// within a group are listed in each member's `conflicts`.
#pragma once

#include <vector>

#include "deals.h"

namespace entente {

// Sets `group` (1-based, numbered by first appearance; every deal has one) and `conflicts` on `deals`.
void group_deals(const Corpus& corpus, std::vector<Deal>* deals);

}  // namespace entente
