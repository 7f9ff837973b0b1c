// A definite reference past one deal: "KfW signed an agreement to lend ... A green hydrogen project is
// expected ... KfW said the new loan would be disbursed over four years": the loan is the deal told two
// rows back, not a new one.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"
#include "deals.h"

namespace entente {

// The deal among the few told just before the last one that the sentence of `d` names again by a definite
// deal noun (definite_reference), when the last deal is not so named; nullptr otherwise.
Deal* earlier_referent(const FillContext& f, const DealDraft& d, std::vector<Deal>* deals);

}  // namespace entente
