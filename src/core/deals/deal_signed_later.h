// Approval and signature told in one sentence: "The State Department approved the sale of 25 jets in 2019 for
// $3.8 billion; Rabat signed the contract in 2020" is one deal, signed, in the year of its signature.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// The lexeme of "signed" (or "inked", "concluded") in a later clause of d's sentence, after d's item, whose
// object is the deal itself: "the contract", "the deal", "the agreement", "the sale", "the purchase"; not
// negated ("has not signed the contract"). 0 when there is none.
std::size_t signed_later(const LexedText& t, const DealDraft& d);

}  // namespace entente
