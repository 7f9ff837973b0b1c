// Times of day that fall on the story's own day: a live blog's entry stamp opening its line ("09:40 Malaysia
// and Vietnam have signed ...") and "this morning", "this afternoon", "this evening".
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexemes [b, e) of `t` hold a time of the story's day: "this morning", "this afternoon", "this
// evening", or a clock stamp ("09:40", "14.20") that opens the line on which lexeme b
// starts, with b the stamp or the word after it. A stamp must be a valid time (hours 0-23, minutes 0-59)
// followed by a space.
bool day_time(const LexedText& t, std::size_t b, std::size_t e);

}  // namespace entente
