// A volume told as agreed with a supplier, with no deal noun: "the 5.75 billion cubic metres a year agreed
// with Gazprom in 2023", "the 2 million tonnes contracted with QatarEnergy".
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when lexeme b opens "agreed with" or "contracted with".
bool agreed_with(const LexedText& t, std::size_t b);

// The measured volume (a quantity that is not a count nor a share, with "a year", "per year" or "annually"
// after it) that ends right before the verb at b of clause c (a comma may stand between). Empty when there
// is none.
LexRange agreed_volume(const TriggerScan& s, LexRange c, std::size_t b);

}  // namespace entente
