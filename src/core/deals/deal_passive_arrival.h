// Goods told as delivered in the passive: "The Apache helicopters, 24 of them, were delivered in 2024",
// "Two Chinese-built corvettes have been handed over": the goods are the subject, before the verb.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when lexeme b is "delivered" (or "handed" of "handed over") right after "was", "were" or "been",
// with a subject of its own before the helper (see passive_subject_end).
bool passive_delivery(const LexedText& t, std::size_t b);

// The end of the passive's subject (one past its last word) for the verb at b of sentence s: the word
// before the helper ("were", "has been"), or, when a comma stands there, the word before an aside of at
// most eight lexemes opened by a comma ("The Apache helicopters, 24 of them, were"). 0 when none, or when
// the subject is no noun or names units of an order told elsewhere ("All 24 aircraft", "the first of the
// two it ordered in 2023"), which the follow-up rules read.
std::size_t passive_subject_end(const LexedText& t, LexRange s, std::size_t b);

}  // namespace entente
