// No deal: "made any new arms agreement with Israel difficult" speaks of no agreement in particular.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when draft d's trigger is a deal noun led by "any" within the few words before it ("any new public
// arms agreement"), without punctuation between: a hypothetical deal, not one that exists.
bool any_hypothetical(const LexedText& t, const DealDraft& d);

}  // namespace entente
