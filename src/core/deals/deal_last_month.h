// "Last October", told in a story dated February: a month named after "last" lies before the story's day.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// The month (1-12) named right after "last" in lexemes [b, e) ("last October", "Last March"), 0 when there
// is none. A month so named fell in the year before the dateline when it is not earlier than the dateline's
// own month (told in February, "last October" and "last February" are the year before).
int last_month_named(const LexedText& t, std::size_t b, std::size_t e);

}  // namespace entente
