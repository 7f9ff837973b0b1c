// "A second agreement, under which Israel will train 300 engineers, was also signed", "the first agreement,
// on water, was later signed": an agreement noun, an aside set off by commas, then its passive signing verb.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the comma at lexeme k opens an aside closed by a comma ("under which ..." or "whereby ..." up
// to 20 lexemes; a preposition or a past participle up to 8), and after it come an auxiliary, adverbs
// ("also", "later", "then", "formally", "finally") and a deal verb ("was also signed").
bool aside_then_signed(const TriggerScan& s, std::size_t k);

}  // namespace entente
