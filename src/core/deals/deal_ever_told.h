// A superlative that ranks a deal already told: "a contract for 36 Caesar howitzers, the first heavy
// artillery Yerevan has ever bought from a Western supplier", "the largest order ever signed". The verb
// after "ever" tells no second deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of `sentence` follows "ever" ("has ever bought", "ever signed").
bool ever_told(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
