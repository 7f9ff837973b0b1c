// Op-ed rhetoric that looks like an offer: "Rail offers a smaller, quieter story", "Electricity offers a
// smaller illustration of the same habit". What is offered is a story told to the reader, not goods.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when lexeme b is "offer" (or "offers", "offered", "offering") whose object, a few words on in range
// c (the sentence: "a smaller, quieter story" spans a comma), is a noun of telling or showing (story,
// picture, illustration, lesson, example, reminder ...).
bool rhetorical_offer(const LexedText& t, LexRange c, std::size_t b);

}  // namespace entente
