// A written question's item: "(a) whether the Government has concluded agreements with countries in Latin
// America;" asks about deals and tells none.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b sits in an indirect question that opens its sentence, a list item or a
// clause after a colon: "whether" at the sentence's start, or right after ")" or ":", up to 40 lexemes
// before b with no ";" between it and b.
bool asked_whether(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
