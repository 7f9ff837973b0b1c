// Clauses of a sentence for the deal rules: each clause states at most one deal of its own (lists aside).
#pragma once

#include <vector>

#include "deal_draft.h"
#include "mentions.h"

namespace entente {

// The clauses of lexemes `sentence` of the document whose mentions are `m`, in text order, into *out
// (cleared first, so a caller reuses one buffer for every sentence). A clause ends at a comma, semicolon,
// colon or dash outside brackets and mentions, unless the comma lists named parties ("with France's Total,
// Britain's Shell and Italy's Eni"); a clause opened by a participle ("..., paving the way for ...") goes on
// the one before it. Clauses are non-empty and do not overlap.
void split_clauses(const DocMentions& m, LexRange sentence, std::vector<LexRange>* out);

}  // namespace entente
