// "concluded a defence and economic cooperation framework agreement in February 2024 under which the Turkish
// navy will help protect Somali waters": when the whole phrase is too long for an item, an agreement named by
// its own modifiers keeps its name rather than the clause that says what it is for.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when two words or more stand in [head, trigger): the deal noun is named by its modifiers
// ("economic cooperation framework agreement"), not a bare "agreement".
bool named_agreement(const LexedText& t, std::size_t head, std::size_t trigger);

}  // namespace entente
