// "boats built under the $100 million credit line": a deal named after "under the" with its amount is one
// told before, not dated by the sentence that refers to it.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when the trigger of d is named as what something else was done under: "under the" (or "under that",
// "under its") and an amount before it, with no punctuation between ("built under the $100 million credit
// line"). Such a deal takes no year from the sentence or the dateline.
bool under_reference(const FillContext& f, const DealDraft& d);

}  // namespace entente
