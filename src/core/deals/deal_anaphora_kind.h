// "The loan agreement is expected to be signed shortly.", after "A Line of Credit of US$ 100 million to
// Namibia ... was announced": a definite agreement named by the kind of the deal just told is that deal.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"
#include "deals.h"

namespace entente {

// True when d's sentence opens with "the" or "this", then d's trigger noun, then "agreement", "deal",
// "contract" or "accord" ("The loan agreement", "The supply contract"), the sentence names no country and
// no amount, and d's kind is the kind of `prev`, the deal told just before.
bool kind_anaphora(const FillContext& f, const DealDraft& d, const Deal& prev);

}  // namespace entente
