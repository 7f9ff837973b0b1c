// "German carmakers buy roughly 40 percent of the harnesses made there", "cheaper crude took market
// share": a share of a market held as a habit is a statistic, not a deal.
#pragma once

#include "deal_lexicon.h"
#include "deal_triggers.h"

namespace entente {

// True when clause c says "market share" or "share of the market", or holds a verb of buying or supplying
// told in the present ("buys", "buy", "supplies", "imports"; not after "to", a modal or a negation) followed
// within four lexemes by a percentage or fraction of something ("40 percent of", "70 % of", "a third of").
bool market_share(const TriggerScan& s, LexRange c);

}  // namespace entente
