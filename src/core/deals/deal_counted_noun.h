// "with eight ships taking part", "with 12 ships": a deal verb's spelling right after "with" and a count is
// a counted noun ("ships"), not the verb.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme b follows "with" and a number or a count word ("two" to "twelve", "dozen", "several",
// "many", "few") and ends in "s" (a plural noun such as "ships").
bool counted_noun(const LexedText& t, std::size_t b);

}  // namespace entente
