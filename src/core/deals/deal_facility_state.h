// A facility's state told in the sentence after the deal that pays for or builds it: "The terminal opened in
// August 2021", "The plant is under construction", "The dam was abandoned".
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// `range`, a sentence with no deal of its own that opens on "The <facility>" ("The terminal", "The new
// plant") and tells that facility as opened, inaugurated, commissioned or completed, under construction or
// being built, or abandoned, scrapped or shelved, puts the deal told just before (deals->back(), signed or
// under way, within a few hundred bytes, its evidence naming the same facility noun) completed, in
// progress or cancelled, with the sentence as more evidence. Nothing happens otherwise.
void facility_state_told(const LexedText& t, LexRange range, std::vector<Deal>* deals);

}  // namespace entente
