// "Spain and Morocco agreed to study a second electricity interconnection": a facility the two sides agreed
// to study (or explore, examine, consider) is a proposed project even with no price or builder.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the facility noun at lexeme b of clause c is the object of "study", "explore", "examine" or
// "consider" (up to five lexemes before it, no "and" or punctuation between) right after "to", and an
// agreeing verb ("agreed", "agree", "agrees", "decided") stands before that "to", next to it or before a
// short time phrase ("agreed on Tuesday to study").
bool agreed_to_study(const TriggerScan& s, LexRange c, std::size_t b);

}  // namespace entente
