// Domestic deals: a contract the text calls domestic, or one between two firms of one country.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when the deal is a home deal, not one between two countries: the text calls it domestic next to a deal
// noun ("a domestic drilling contract", "that is a domestic deal") or its subject is two firms of one country
// ("Two Finnish companies, A and B, signed ...", "A and B, both Portuguese lenders, agreed ...").
bool domestic_deal(const FillContext& f, const DealDraft& d);

}  // namespace entente
