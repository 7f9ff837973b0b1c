// Deals listed as parts of one sentence that clause rules do not see: the parts of an umbrella priced one by
// one ("six loan agreements ... include A (Yen 36 billion), B (Yen 8 billion)"), and the parts after "the
// deals include", "among those signed include" that hold no deal of their own.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_fill.h"

namespace entente {

// Appends the list parts of `sentence` to `deals`, whose entries from `first_new` on were found in that
// sentence; the parts take parties, status and year from those. Returns the index of the deal the parts
// belong to (the umbrella, or the sentence's first deal), -1 when there are none.
int add_list_parts(const FillContext& f, LexRange sentence, std::size_t first_new, std::vector<Deal>* deals);

// "... signed eight memorandums. The documents cover A, a memorandum on B and an agreement on C.": a sentence
// that holds no deal and opens by naming the documents of the umbrella `umbrella` (the deal just before it)
// lists that umbrella's parts, appended to `deals` with its parties, status and year and this sentence as
// evidence. Returns `umbrella` when parts were added, else -1.
int add_followup_parts(const FillContext& f, LexRange sentence, std::size_t umbrella,
                       std::vector<Deal>* deals);

// "... signed three agreements ... The third agreement is a memorandum on traditional medicine": a sentence
// that holds no deal and opens on an ordinal (or "another") deal noun and "is", "was", "covers" or
// "concerns" names one more part of the umbrella among the last few deals, appended to `deals` with its
// parties, status and year and this sentence as evidence. Returns that umbrella's index, else -1.
int add_ordinal_part(const FillContext& f, LexRange sentence, std::vector<Deal>* deals);

}  // namespace entente
