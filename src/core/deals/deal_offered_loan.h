// Deal status: "Hungary offered Ghana a $200 million loan" and "Tokyo had offered Jordan a credit line"
// tell an offer made to a named country, a proposal (LABELING: "offered" -> proposed).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's clause has "offered" (or "offers") before the deal's item or trigger, followed at once by a
// country as its receiver and, a few words on before any punctuation, a loan, credit, grant or financing
// noun, marks deals[first] on proposed unless they are already told as cancelled, in negotiation or
// proposed. "Beijing offered us a loan" (a receiver that is no country, a memoir's "us") keeps its status.
void offered_loan(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals);

}  // namespace entente
