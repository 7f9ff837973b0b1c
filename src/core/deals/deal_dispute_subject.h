// The deal a ruling is about: "a panel ordered Vientiane to pay a Thai builder $300 million over a cancelled
// road contract", "a court ordered the contractor to pay $90 million over the Haramain railway". The
// contract or project after "over" is the dispute's subject, told only to say what the award is for.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of `sentence` follows "over" (at most five words before it, no
// punctuation between) and, before that "over", the sentence orders a payment (deal_court_order.h).
bool dispute_subject(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
