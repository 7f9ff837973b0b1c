// No deal: a verb of generic "you" ("Once you buy the F-16, you buy the whole system")
// (deal_generic_you.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when draft d's trigger is a verb whose subject is "you" just before it ("you buy", "you also sign"):
// a quote's general remark about any buyer, not a deal between two countries.
bool generic_you(const LexedText& t, const DealDraft& d);

}  // namespace entente
