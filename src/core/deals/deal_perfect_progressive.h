// A purchase or supply told in the present perfect progressive is under way: "Since 2019 Iraq has been
// receiving tank ammunition from the Czech Republic", "Peru has also been buying Chilean ammunition".
#pragma once

#include <string>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when d's trigger is an "-ing" verb right after "been", which follows "has", "have" or "had" (with at
// most one word between, "has also been"), and kind is "purchase" or "supply".
bool perfect_progressive(const LexedText& t, const DealDraft& d, const std::string& kind);

}  // namespace entente
