// A deal's host told by "the city's", "the capital's" or "the country's" in its clause, with the place named
// in the sentence before: "Take Colombo. JICA will lend 42 billion yen for the city's light rail line."
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// With one side p (a lender such as JICA), when draft d's clause says "the city", "the capital", "the
// country" or "the island" (possessive or not) and the sentence before names exactly one country that is
// not p's (a capital counts: "Take Colombo."), that country joins p as the host.
void place_before(const FillContext& f, const DealDraft& d, NameSet* p);

// With one side p named in draft d's clause only as a town ("a metro line in Hanoi"), when the sentence
// opens, before the trigger, on a pair "A and B" naming p ("Japan and Vietnam signed a loan agreement for a
// metro line in Hanoi, and ..."), the pair's other member joins p (deal_place_pair.cpp).
void subject_pair_side(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
