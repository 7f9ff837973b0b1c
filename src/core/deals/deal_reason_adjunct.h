// "A planned sale of helicopters to Ecuador was cancelled after a budget review": "budget" in an adjunct of
// cause or time ("after a ...", "amid the ...") tells why the deal failed; it does not make the clause a
// budget statistic.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme k is led by "after", "amid", "following" or "because of", then "a", "an" or "the" and at
// most one more word: a word of the adjunct, not of the deal's own clause. Also when a clause of time or
// cause
// ("when", "because", "once", "after") opens at most seven words before k with no figure or punctuation
// between ("when the Asian financial crisis wrecked its budget", "after costs rose").
bool reason_adjunct(const LexedText& t, std::size_t k);

}  // namespace entente
