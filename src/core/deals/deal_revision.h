// A deal revised in a sentence after it: "After a review, the price falls to $760 million" gives the deal
// told just before its new amount; "Construction of the reactor at Paks begins" puts the Paks deal under way.
#pragma once

#include <cstdint>
#include <vector>

#include "deal_draft.h"
#include "deals.h"
#include "money.h"

namespace entente {

// The amount in lexemes r that a price noun after a definite determiner is told as changed to ("the price
// falls to $760 million", "its cost was cut to EUR 40m"), or null when r tells no such change.
const MoneySpan* revised_amount(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r);

// When lexemes r (a sentence starting at byte `start`) revise the price of the last of `deals`, told within
// the 2,000 bytes before, gives that deal the new amount; otherwise changes nothing.
void revise_previous(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r, std::uint32_t start,
                     std::vector<Deal>* deals);

// Gives `deal` the amount `m` told in lexemes r of `t` (the revising sentence), which joins its evidence.
void revise_value(const LexedText& t, const MoneySpan& m, LexRange r, Deal* deal);

// "August 2025: Construction of the first new reactor at Paks begins": lexemes r, a sentence whose subject
// is the construction or building of works that one of the last few deals names (a capitalised word of its
// evidence, not a month nor a party), told as begun, put that signed or announced deal under way, with r as
// more evidence. True when so; the sentence then tells no deal of its own.
bool building_begun(const LexedText& t, LexRange r, std::vector<Deal>* deals);

}  // namespace entente
