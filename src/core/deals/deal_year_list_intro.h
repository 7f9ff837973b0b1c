// The year of a deal told as an item of a bulleted list, from the line that introduces the list: "During the
// visit in January 2019, the two governments signed:\n- an agreement on ...;\n- a memorandum on ...".
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When d's sentence starts a bulleted line ("-", "*", "•") under a line ending in ":" (over at most twelve
// other items), returns the last year that line states that can date a deal (not a target or span start);
// else nullptr.
const DateSpan* list_intro_year(const FillContext& f, const DealDraft& d);

}  // namespace entente
