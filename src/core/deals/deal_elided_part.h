// List parts that leave the deal noun out: "six memoranda of understanding, including one on hydrocarbons
// cooperation and one on agricultural research": "one" and "another" stand for the umbrella's noun, so
// "and one", "and another" open a part of their own, and a part that opens on them names a deal.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// Whether lexeme k is "one" or "another" followed by "on", "for", "with", "to" or "in" (an elided deal
// noun with its complement).
bool elided_part(const LexedText& t, std::size_t k);

}  // namespace entente
