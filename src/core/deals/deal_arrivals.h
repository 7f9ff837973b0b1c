// Goods told as arrived: "The MiG-29 fighters that arrived in 1999", "Two Chinese-built corvettes arrived
// at Ream in December 2023": a delivery, and so a deal, when the goods are concrete.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when lexeme b is an arrival verb ("arrived").
bool arrival_verb(const LexedText& t, std::size_t b);

// The goods before the arrival verb at b of clause c: its subject ("Two corvettes arrived"), or the noun
// before "that"/"which" ("the fighters that arrived"). Empty when there is none, when the subject is a
// country, a pronoun or a person, or when the units are the first or last of an order (told elsewhere).
LexRange arrived_goods(const TriggerScan& s, LexRange c, std::size_t b);

// True when the goods arrived in clause c are concrete: counted ("Two corvettes"), or a sector keyword with
// a name or model number ("The MiG-29 fighters"), not "The jets" (goods of a deal told before).
bool arrival_holds(const TriggerScan& s, LexRange c, LexRange item);

}  // namespace entente
