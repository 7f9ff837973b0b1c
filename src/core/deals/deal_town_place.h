// A country named as a place, by a town or capital after "in", "at", "off" or "near" ("a project in
// Louisiana", "an exercise off Callao"): it is where something is, not a subject a relative clause or a
// list of named parties is about.
#pragma once

#include <cstddef>

#include "deal_lex.h"
#include "mentions.h"

namespace entente {

// True when the lexeme before `first` (a name's first lexeme) is "in", "at", "off" or "near" and the word
// before that is a lower-case noun ("a project in Louisiana", not "invest in Qatar").
bool placed_name(const LexedText& t, std::size_t first);

// True when the comma at k closes a placed name and "and" follows ("held an exercise off Callao, and Chile
// watched"): two clauses, not a list of two names.
bool placed_name_then_and(const DocMentions& m, std::size_t k);

}  // namespace entente
