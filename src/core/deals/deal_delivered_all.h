// An order told in a reduced relative clause after the delivery of its goods: "took delivery of all four
// radars it ordered in 2023" is done, not only signed.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "has taken delivery of all four radars they ordered", "received the two ships it bought in 2022": true
// when the sentence tells the goods as taken or received before an order verb whose subject is a pronoun
// right before it (the relative without "which" or "that"), and the taking is not denied, awaited or
// partial ("has yet to take delivery", "will receive", "the first of").
bool delivered_whole(const LexedText& t, const DealDraft& d);

// "has taken delivery of the first two of the six ships it ordered": true when only some of the goods so
// told were taken, so deliveries are under way.
bool delivered_part(const LexedText& t, const DealDraft& d);

// "radars it ordered", "ships they bought": a pronoun at j right before an order verb opens a relative
// clause without "which" or "that", where the noun phrase before it ends.
bool reduced_relative(const LexedText& t, std::size_t j);

}  // namespace entente
