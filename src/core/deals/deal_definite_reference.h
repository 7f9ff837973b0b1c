// "The loan from FMO, signed in Lagos on Tuesday, will finance cranes", "The tank contract is a commercial
// win", "The plant, to be financed with 300 million euros, ...": a sentence whose subject names the deal
// just told again, by a definite deal noun (with modifiers the deal told), tells more of that deal.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// True when the sentence of `d` opens with "The" (or "According to the"), at most two modifier words that
// the evidence of `prev` holds, and a deal noun ("loan", "contract", "plant", ...) that `prev`'s kind,
// item or evidence holds, followed by a comma, a preposition or a verb; the trigger of `d` is not before
// that noun, and the sentence names no country outside `prev`'s parties.
bool definite_reference(const FillContext& f, const DealDraft& d, const Deal& prev);

}  // namespace entente
