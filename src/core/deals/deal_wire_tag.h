// Wire-service tags: "(CORRECTS value in paragraph 3)", "(Adds details ...)", "(UPDATES with ...)" are
// notes on the story, not words of a deal's item.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme k is a capitalised wire-service editing verb ("CORRECTS", "Corrects", "UPDATES",
// "Adds", "REFILES", "RECASTS", "REPEATS", "CLARIFIES", "AMENDS") as it opens a bracketed note after a
// headline or paragraph; false past the end of the text.
bool wire_tag(const LexedText& t, std::size_t k);

// True when lexemes [b, e) end in a bracketed note opened by a wire tag ("UPDATE 2-Chile, Peru sign port
// deal (CORRECTS value in paragraph 3)"): the line is still a title, though it ends in ")".
bool ends_in_wire_tag(const LexedText& t, std::size_t b, std::size_t e);

}  // namespace entente
