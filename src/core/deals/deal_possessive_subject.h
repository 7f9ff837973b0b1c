// "India, too, has knocked on the door. Its state miner KABIL signed a memorandum ...": a sentence opening
// on "Its" and a noun speaks of the country before it, like one opening on "It".
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme b is "It", or "Its" followed by a word ("Its state miner", "Its navy"): the subject is,
// or belongs to, the country told before.
bool pronoun_subject(const LexedText& t, std::size_t b);

}  // namespace entente
