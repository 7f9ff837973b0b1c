// A deal told only as done by nobody: "none has handed a port to a foreign company", "no one has bought
// the jets", "neither has signed a loan" state that there is no such deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b has as its subject, in its own clause, "none", "nobody", "no one" or
// "neither" (optionally "none of the island states") followed by a form of "have" or "do" or a past verb
// up to the trigger: "and none has handed a port ... on a long lease".
bool none_subject(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
