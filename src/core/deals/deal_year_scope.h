// Whose time a time of a sentence is: a clause set against the dated clause before it ("..., while"), or
// told in the future after it, is not dated by it; a clause told over a span of years has no single year.
#pragma once

#include <string>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// "signed a credit line on Wednesday, while Qatar bought a stake", "deposited $2 billion in February, and
// ADQ will invest $500 million": draft d's clause, with no time of its own, follows a clause of the same
// sentence that holds one (not one opening the sentence, nor the dateline), and is set against it by
// "while"/"whereas" or told in the future ("will"). That time is the other clause's, not d's.
bool apart_from_dated_clause(const FillContext& f, const DealDraft& d);

// "Between 2015 and 2020, China lent Egypt about $7 billion": lexemes r hold a span of years ("between
// 2015 and 2020", "from 2015 to 2020"), over which the deal was told, so it has no single year.
bool told_over_span(const FillContext& f, LexRange r);

// "Ports: Tanzania granted DP World a 30-year concession", told in a roundup: a deal with no time in its
// sentence, between `parties` other than the text's main pair, in a text that names many countries, is
// no part of the story's own event, and the dateline does not date it.
bool aside_from_story(const FillContext& f, const DealDraft& d, const std::vector<std::string>& parties);

// "Separately, the ministry signed a contract with Israel", "a separate memorandum ... was signed": a deal
// told as apart from the story's event (not "also", nor at a gathering, nor with a time in its sentence)
// is not dated by the dateline.
bool told_separately(const FillContext& f, const DealDraft& d);

}  // namespace entente
