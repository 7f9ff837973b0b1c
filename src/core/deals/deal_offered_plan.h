// Deal status: "In 2018 it offered an $11 billion development plan" and "offered a $1 billion package of
// training" tell a proposal, not a signed deal (LABELING: "offered" -> proposed).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's clause has "offered" (or "offers") before the deal's item or trigger and its object, a few
// words on before any punctuation, is a plan, package, fund, proposal, programme or scheme, marks
// deals[first] on proposed unless they are already told as cancelled, in negotiation or proposed. A loan or
// credit "offered" to no named country keeps its status; one offered to a country is left to offered_loan.
void offered_plan(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals);

}  // namespace entente
