// "Saudi Arabia's ACWA Power is building a wind farm ..., and the UAE's Masdar has signed ... The two Gulf
// companies together have pledged about $12 billion for Uzbek renewable projects": "the two companies"
// (firms, funds, groups, investors) are the firms of the sentence before, and their countries are sides.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When d's clause says "the two" and, at most two words on, "companies", "firms", "funds", "groups",
// "investors" or "lenders", adds to *p the countries the sentence before names (directly or by their state
// firms) that d's sentence does not, when there are exactly two of them.
void add_two_firms(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
