// "The agreement, reached in October 2025, also set up a joint logistics company with a capital of $20
// million": what a sentence whose subject is the deal just told ("The agreement", "This deal") did is more
// of that deal, not a deal of its own.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"
#include "deals.h"

namespace entente {

// True when the sentence of `d` opens with "The", "This" or "That" and an agreement noun ("agreement",
// "deal", "accord", "pact", "contract", "treaty", "arrangement") followed by a comma or a verb, the trigger
// of `d` comes after that subject, and the sentence names no country outside `prev`'s parties.
bool anaphoric_subject(const FillContext& f, const DealDraft& d, const Deal& prev);

}  // namespace entente
