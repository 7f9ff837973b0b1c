// No deal: road or track material laid ("crews were laying asphalt on the first 40 km")
// (deal_paving_work.cpp).
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the verb at b is "lay" ("laying", "laid") and its object `item` is a building material
// ("asphalt", "rails", "concrete"): the work on a project told elsewhere, not a deal of its own.
bool paving_work(const LexedText& t, std::size_t b, LexRange item);

}  // namespace entente
