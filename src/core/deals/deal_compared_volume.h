// A deal verb whose object is compared: "The United States still sold more weapons last year than the next
// four exporters combined". The clause measures trade, it tells no deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at b is followed by "more", "fewer" or "less" and a "than" comes within ten
// lexemes of it, with no punctuation between.
bool compared_volume(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
