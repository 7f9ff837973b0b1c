// "Polish imports of Korean goods were worth $4.1 billion last year": what one country's imports or exports
// were worth is a trade statistic, not a deal.
#pragma once

#include "deal_lexicon.h"
#include "deal_triggers.h"

namespace entente {

// True when clause c holds "imports" or "exports" (a noun) followed in the clause by "was" or "were" and
// "worth" or "valued" (an adverb may come between), and the sentence names no contract, agreement, deal,
// order or loan the flow served.
bool flow_worth(const TriggerScan& s, LexRange c);

}  // namespace entente
