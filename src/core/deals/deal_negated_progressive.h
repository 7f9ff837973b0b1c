// Negated progressives: "We are not buying submarines from Australia" denies a deal, it does not tell one.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of `sentence` is an "-ing" verb right after a negated form of "be"
// ("are not buying", "is not building", "were not selling", "aren't buying", "We're not buying"): the
// speaker denies the deal. False for a passive ("was not signed", judged by the status cues) and for a
// trigger that is not an "-ing" form.
bool negated_progressive(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
