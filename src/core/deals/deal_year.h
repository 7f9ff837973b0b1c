// The year of a deal draft: from its sentence, or from the text's dateline when the deal is told as news.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The years of a list "2016 and 2017" / "2016, 2017 and 2018" inside lexemes r, target years left out;
// empty when there is no such list.
std::vector<const DateSpan*> year_list(const FillContext& f, LexRange r);

// The date of draft d: the first year in its clause; else, unless its clause is dated by a day or month of
// the story ("on Monday"), the last one in the clause before it, else the first one in the clause after it,
// else the last one earlier in the sentence; nullptr when there is none.
const DateSpan* date_of(const FillContext& f, const DealDraft& d);

// The year a deal with no year of its own is told in: one its sentence refers back to ("in January that
// year", "the same month", "the following year": the last year told before, plus one for "following");
// else the dateline's year for a deal told as news: always when its sentence has a
// time inside the dateline's year ("on Friday"); never for plans, talks (by `status`), earlier events or a
// present perfect without a time ("have also signed deals"). Empty when the text has no dateline.
std::optional<int> dateline_year_of(const FillContext& f, const DealDraft& d, const std::string& status);

}  // namespace entente
