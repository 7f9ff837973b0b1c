// A further deal denied: "No new energy agreement was signed this year", "the government has not signed new
// trade agreements since 2019". "new" after the negation says no deal beyond those told was made. (A bare
// "No contract has yet been signed" is left to the status rules, which read it as talks.)
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when "new" stands at most three words before the trigger noun at b of `sentence`, with only words
// between, and right before "new" stands "no", or a verb of signing ("signed", "concluded", "agreed",
// "ordered") after "not" or "never".
bool no_new_deal(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
