// Deals told as a sequence: "a $300 million loan came first in 2019, then a port concession in 2021": the
// deal noun before "came first" and the one after ", then" are both deals told as made, though neither has a
// deal verb of its own.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the deal noun at lexeme b of clause c is told in a sequence: its clause opens with "then" (or
// "and then"), b is among its first words, and an earlier clause of the sentence tells a deal as coming
// first ("came", "followed", "arrived"); or b is the subject of such a verb in c ("a security agreement
// with China came first in 2022") and the next clause opens with "then"; or b comes a few words after
// "followed by" ("Both have been followed by a framework agreement for the Funan Techo canal").
bool then_sequence(const TriggerScan& s, LexRange c, std::size_t b);

// True when clause `own` opens with "then" or "and then" ("..., then a port concession"): a deal told after
// an earlier one, which the year of the clause before it does not date.
bool then_clause(const LexedText& t, LexRange own);

}  // namespace entente
