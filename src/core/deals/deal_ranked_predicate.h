// A deal noun ranked after a copula: "The bus order is the largest single purchase of Chinese vehicles"
// (deal_ranked_predicate.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "The bus order is the largest single purchase of ...", "which makes it the biggest arms deal in a decade":
// a deal noun after "is the", "was the" or "makes it the" and a superlative ranks a deal told before
// (`recent`); it is no deal of its own.
bool ranked_predicate(const LexedText& t, const DealDraft& d, bool recent);

}  // namespace entente
