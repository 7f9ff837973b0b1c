// A time told between a deal noun and what it is about: "signed an agreement in December 2025 on critical
// minerals", "an agreement last year covering hydrogen exports".
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when lexemes [b, e) name a time: a month ("in March"), a year ("in 2024"), or "last", "this",
// "next" or "earlier" before "year", "month", "week" or a season. The item is then what follows the time,
// not the deal noun with the time in it.
bool time_skipped(const LexedText& t, std::size_t b, std::size_t e);

// "signed an agreement in December 2025 on critical minerals": a bare deal noun (item starting at the
// trigger, no modifiers of its own: not "a transit trade agreement in 2021, which ...") whose topic, after a
// time skipped between, starts at lexeme j with "on", "for" or "covering".
// b + 1 when lexeme b is "on", "for" or "covering" before a topic ending at e: "critical minerals", not
// "on critical minerals"; else b.
std::size_t past_topic_word(const LexedText& t, std::size_t b, std::size_t e);

bool bare_topic_dated(const LexedText& t, const DealDraft& d, std::size_t head, std::size_t j);

}  // namespace entente
