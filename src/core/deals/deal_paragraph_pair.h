// "Italy\n\nItaly is Algeria's largest gas customer. ... In 2023 the two governments signed agreements": in
// an article told section by section, "the two governments" (or an item of a bulleted list) with no country
// of its own are the two countries its paragraph names, not the story's most-named pair.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The first lexeme of the paragraph holding lexeme k: the first after a blank line ("\n\n"), within 400
// lexemes (else the lexeme 400 back).
std::size_t paragraph_start(const LexedText& t, std::size_t k);

// When *p holds at most one country, the clause of d says "the two countries" (sides, nations, governments)
// or "both countries", or its sentence is an item of a bulleted list, and the paragraph that holds d (from
// the last blank line before it, within 400 lexemes, up to d's trigger) names exactly two countries (one of
// them *p's country, if any), puts them into *p and returns true; false otherwise.
bool paragraph_pair(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
