// Units of an order told as entering service: "the first of them entered service this summer", "the three
// frigates ordered in 2022 are only now entering service": deliveries begun, so the deal is under way.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the sentence of deal d tells its first units as having entered service ("first" or "initial"
// up to six lexemes before "entered service") or its units as entering service now ("entering service").
bool entering_service(const LexedText& t, const DealDraft& d);

}  // namespace entente
