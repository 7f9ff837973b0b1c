// "The biggest deal of the day came from Indonesia, which signed a contract for two frigates": a deal noun
// ranked by a superlative at the head of its sentence points at the deal the sentence then tells; it is no
// deal of its own.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the trigger at lexeme b is a deal noun ("deal", "contract", "order", ...) that the sentence
// opens with after "The" and a superlative ("biggest", "largest", "most valuable"), and another trigger
// word follows it in the sentence.
bool superlative_subject(const TriggerScan& s, std::size_t b);

}  // namespace entente
