// "Its cost is put at 1.2 billion zlotys", "It would cost about $8 billion": a sentence after a deal whose
// subject is that deal (a pronoun, or a definite noun) and whose verb prices it.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "money.h"

namespace entente {

// The amount in lexemes r that prices the deal told before: the sentence opens on "it", "this", "its",
// "the", "their" or "that" and, within its first few lexemes, says "is put at", "was estimated at", "is
// valued at" (a form of "be", a verb of valuing, "at") or "would cost", "is estimated to cost" (a verb
// "cost" right before the amount). Null when r says neither.
const MoneySpan* priced_next(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r);

}  // namespace entente
