// Financing told by a bare noun: "a $2 billion facility rolled over in March" (a loan facility renewed),
// "whose $6.7 billion financing has been under discussion since 2016" (a loan being negotiated).
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when lexeme b is "facility" or "financing", a loan noun only in the contexts below.
bool bare_financing_noun(const LexedText& t, std::size_t b);

// For the noun at b of clause c: an amount in the clause and, within a few lexemes after the noun, a
// renewal ("rolled over", "refinanced", "extended") for "facility", or talks ("under discussion", "being
// negotiated", "under negotiation") for "financing".
bool bare_financing_holds(const TriggerScan& s, LexRange c, std::size_t b);

}  // namespace entente
