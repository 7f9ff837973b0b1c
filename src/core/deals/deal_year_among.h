// "During Hollande's 2014 visit the two governments signed agreements worth about $2 billion. Among them,
// Alstom agreed to supply electric locomotives ...": a part told after "Among them" takes the year of the
// umbrella in the sentence before.
#pragma once

#include "dates.h"
#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When d's sentence opens on "Among them", "Among these", "Among those" or "Among the agreements" (deals,
// contracts, documents) or on "These included" / "They included", returns the last year that can date a
// deal in the sentence before (within 80 lexemes); else nullptr.
const DateSpan* among_year(const FillContext& f, const DealDraft& d);

}  // namespace entente
