// Deals told before and summed up: "Together these contracts are worth more to Laos than anything China
// has built there", "Those deals were the easy part". A demonstrative plural refers back; it adds no deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the plural trigger noun at lexeme b of clause c follows "these" or "those" (up to two words
// before it: "these two contracts", "those older deals") in a clause that holds no number, and does not
// list its parts ("These deals include a contract for ..." names new ones).
bool told_plural(const LexedText& t, LexRange c, std::size_t b);

}  // namespace entente
