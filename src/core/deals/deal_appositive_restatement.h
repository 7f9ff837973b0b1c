// A deal noun in an apposition that describes the deal just told: ", a grant that does not have to be
// repaid" (deal_appositive_restatement.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "agreed to provide radar systems to Vietnam, a grant that does not have to be repaid", "to lend 20 billion
// yen for a metro line, a soft loan which runs for 40 years": the noun after ", a" and before "that" or
// "which" restates the sentence's deal (`told` when the sentence already gave one), so it is no deal itself.
bool appositive_restatement(const LexedText& t, const DealDraft& d, bool told);

}  // namespace entente
