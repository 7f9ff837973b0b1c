// A list after a deal's purpose: "pledged 5 billion yen ... for disaster-resilience projects, including sea
// walls and evacuation centres": what the purpose covers, not a list of deals.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when the plural deal noun at lexeme k ("projects") ends a purpose phrase opened by "for" at most
// three words before it ("for disaster-resilience projects"), with no lexeme before `floor`.
bool purpose_plural(const LexedText& t, std::size_t k, std::size_t floor);

}  // namespace entente
