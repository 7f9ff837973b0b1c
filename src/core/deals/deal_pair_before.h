// "Kazakhstan and Azerbaijan have moved from talk to contract. In March, the two governments signed an
// agreement ...": "the two countries" of a clause that names no country are the two countries of the
// sentence before, not the story's most-named pair.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the clause of draft d says "the two countries" (sides, nations, governments) or "both countries"
// and its sentence names no country, while the sentence before (within 80 lexemes) names two countries
// joined by "and" ("Kazakhstan and Azerbaijan have moved ..."), puts the first such two into *p (which must
// be empty) and returns true; false otherwise.
bool pair_before(const FillContext& f, const DealDraft& d, NameSet* p);

// Whether lexemes r say "two countries" or "both sides" (countries, sides, nations, governments).
bool two_sides_named(const LexedText& t, LexRange r);

}  // namespace entente
