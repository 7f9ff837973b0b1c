// Two orders of the same goods told in one clause, each with its own year: "ordered two simulators in 2022
// and two more in 2024" is two deals, not one.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the clause of `d` after its trigger tells "in YEAR" and then "and N more in YEAR2" (or "and another N
// in YEAR2", "and a further N in YEAR2"), appends two copies of `deal` to `out`, the first with YEAR and
// the second with YEAR2 (its quantity the second count), and returns true; else false, nothing appended.
bool add_repeat_orders(const FillContext& f, const DealDraft& d, const Deal& deal, std::vector<Deal>* out);

}  // namespace entente
