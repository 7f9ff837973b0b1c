// "deliveries starting in 2028", "beginning 2027": a start word right before a year (or before "in",
// "from" or "on" and the year) makes it a target year; "The starting point is 2008" or "at the
// beginning of 2020" does not, as the year there dates an event.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme w is "starting", "beginning" or "commencing" and opens the year at lexeme `year`
// (directly, or through "in", "from" or "on").
bool start_word_opens(const LexedText& t, std::size_t w, std::size_t year);

}  // namespace entente
