// A bloc or international body as the lender or giver of a deal whose sentence names one country at most.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when the deal's other side is a bloc or international body, not a country: the body names the trigger
// ("a World Bank loan of $400 million to Iraq"), follows "from" in the deal's clause ("a $3 billion loan from
// the International Monetary Fund") or opens the sentence as the subject of a verb of giving ("The European
// Union approved grants to Angola"), and the sentence names one country at most.
bool bloc_lender(const FillContext& f, const DealDraft& d);

}  // namespace entente
