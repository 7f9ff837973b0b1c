// "Angola said it would buy four patrol vessels from Portugal": an intention told in a sentence with no
// time at all (no year, month, weekday, "this year" or "yesterday") has no year of its own, even under a
// dateline; a weekday or month in the sentence ("said on Tuesday it would buy") still dates it. Applied to
// a document's deals once they are merged, so that a deal's year still keeps it apart from others while
// merging ("would buy X, and hopes to sell Y" stays two deals).
#pragma once

#include <vector>

#include "deal_fill.h"
#include "deals.h"

namespace entente {

// Drops the dateline's year of each deal whose item follows "will", "would", "'ll", "hopes" or "intends"
// in its clause, and whose sentences (evidence and extra evidence) hold no time but the dateline.
void undate_untimed_intents(const FillContext& f, std::vector<Deal>* deals);

}  // namespace entente
