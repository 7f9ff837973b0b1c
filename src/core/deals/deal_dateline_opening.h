// The dateline that opens a news story's first sentence: "HANOI, Oct 2 -" (deal_dateline_opening.cpp).
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_fill.h"
#include "deal_lex.h"

namespace entente {

// The first lexeme of r after a dateline opening it near the top of the text (its first 800 bytes): a dash
// within nine lexemes with only capitalised words (one at least), numbers and punctuation before it
// ("HANOI, Oct 2 -",
// "Oct 2 -" when a comma split the place off, "SEOUL, June 5 (Reuters) -"); r.b when r opens with none.
// The day there is the story's, not a time the sentence tells of its deal.
std::size_t past_dateline_opening(const LexedText& t, LexRange r);

// The own clause of d without the dateline opening it, unless the text's top dateline mark (" date
// 2026-06-03") stands in d's sentence, whose dates then read as before.
LexRange own_past_dateline(const FillContext& f, const DealDraft& d);

}  // namespace entente
