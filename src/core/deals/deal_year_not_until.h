// "It was not until November 1992 that Japan resumed aid": a cleft "not until" dates the event told after
// it (it happened then and no earlier); it is no deadline or target year.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme k is "until" in "was not until" or "is not until".
bool cleft_until(const LexedText& t, std::size_t k);

}  // namespace entente
