// "Turkmenistan, meanwhile, is negotiating with Afghanistan and Pakistan over ...", "Paraguay, for its part,
// is in talks with Brazil": a country opening the sentence, cut from its verb by a short aside between
// commas, is still the subject of the clause after the aside.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// Adds to `p` the country that opens d's sentence when only a short aside between commas ("meanwhile",
// "for its part", "the report said") stands between it and d's own clause, and that clause starts on a
// word naming no country (its verb or an auxiliary).
void add_aside_subject(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
