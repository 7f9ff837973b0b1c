// Sentences about deals in general: "This note reviews agreements reached between Central Asian states and
// their neighbours", "Many earlier deals between upstream and downstream states were quietly abandoned".
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the plural deal noun at lexeme b is the object of a text reviewing deals ("This brief reviews
// agreements ...", "The report examines deals ..."), or follows a quantifier opening a sentence with no
// figure ("Many earlier deals ...", "Most such agreements ..."): deals in general, none of them told.
bool reviewed_in_general(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
