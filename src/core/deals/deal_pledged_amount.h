// "the UAE pledged $35 billion of investment in Egypt's Ras El-Hekma", "Japan pledged $2 billion in loans to
// Egypt": an assistance verb whose object is an amount of a deal noun tells that one deal (announced); the
// verb yields to the noun rather than telling a second deal of its own.
#pragma once

#include "deal_triggers.h"
#include "phrase_table.h"

namespace entente {

// True when trigger m is an assistance verb ("pledged", "promised") followed by an amount, then "of" or
// "in", then a deal noun of investment, loan or assistance kind.
bool pledged_amount_of(const TriggerScan& s, const PhraseMatch& m);

}  // namespace entente
