// "Russia remains the old friend. Six Kilo-class submarines were ordered in 2009": in a piece told country
// by country, a deal whose sentence names no partner is with the country its paragraph opens on.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When *p holds at most one country, that one of the story's pair, d's sentence names no country outside
// the story's pair, and the opening sentence of d's paragraph (an earlier sentence, with no deal word)
// names exactly one country and it is not of the story's pair ("Start with India.", "Ties with Australia
// have grown fastest."), adds that country to *p and returns true; false otherwise.
bool paragraph_topic(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
