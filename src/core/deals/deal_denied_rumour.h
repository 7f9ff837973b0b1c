// Denied rumours: the shapes of a denied report that "reports that ... are inaccurate" does not cover.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// The report word a "that" at w + 1 belongs to when a short time or source phrase stands between them
// ("Reports in May that", "reports from Lima that", "Reports in some regional media that"): its lexeme
// index, else w.
std::size_t report_lead(const LexedText& t, std::size_t from, std::size_t w);

// True when lexeme k opens a verdict put as a negation after "is", "are", "was" or "were": "are not
// accurate", "is not true", "was not correct".
bool negated_verdict(const LexedText& t, std::size_t k);

// True when the trigger at b is named as rumoured or reported just before it and the sentence then says it
// was denied: "the rumoured sale of jets to Peru was denied in Lima", "A reported loan ... was rejected".
bool rumoured_denied(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
