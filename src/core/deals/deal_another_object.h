// A deal verb whose object says it is one more ("buy another 500,000 tonnes") (deal_another_object.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "Chile would buy another 500,000 tonnes of copper", "agreed to lend a further $200 million", "ordered six
// more boats": the object right after a deal verb told as one more than a deal before, so the deal is a new
// one, not that deal told again.
bool another_object(const LexedText& t, const DealDraft& d);

}  // namespace entente
