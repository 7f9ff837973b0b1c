// A reported question: "You asked which defence items the Czech Republic has delivered to Iraq ... and which
// contracts are still open", "The deputy asked the minister whether a loan had been signed": the deal nouns
// and verbs in what was asked tell no deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b follows, in its sentence, "asked", "asks", "enquired" or "inquired" with
// a question word ("which", "whether", "what", "how", "when", "why", "if") at most four lexemes after it, not
// after a comma ("asked Japan, which has offered ..." is a relative clause), and no ";" between it and b.
bool asked_which(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
