// A deal told as carried on since a year: "Since 2019 Kazakhstan has supplied France with uranium", "the
// Turkish company has built a steel plant in Oran since 2013", "has been upgrading T-54 tanks since 2018".
#pragma once

#include <string>

#include "dates.h"
#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When d's clause holds "has"/"have" (optionally "been" or an adverb after it) and a participle of
// supplying, building or operating (supplied, building, mined, upgrading, ...), not negated, and "since"
// and a year in that clause or the clauses before it in its sentence, returns that year's date; else
// nullptr. Talks ("has been discussed since 2019"), promises and stakes held are not covered.
const DateSpan* ongoing_since(const FillContext& f, const DealDraft& d);

// True when status s (signed, completed or announced) is that of a deal ongoing_since dates: it is under way.
bool under_way_since(const FillContext& f, const DealDraft& d, const std::string& s);

}  // namespace entente
