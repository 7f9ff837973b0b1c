// Work and fates of a deal told in later sentences: work begun, handed over or halted, and a firm that calls
// its project off or keeps its supplies up.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// "Work on the track is under way", "Planting on the first fields has begun", "The first of those ships was
// launched": a sentence with no deal of its own whose subject is work on the deal just told (within a
// sentence or two), told as begun, puts that signed deal under way (completed when the sentence tells it
// done too: "Construction began in 2019 and the cable was switched on in 2023"); a sentence opening on "All"
// that tells units delivered or handed over ("All twelve had been handed over by May 2017") completes it;
// work told as halted ("Work on the project has been suspended", "Islamabad froze work on the project")
// cancels it.
void work_begun(const LexedText& t, LexRange range, std::vector<Deal>* deals);

// "BYD withdrew from its project in April": `range`, a sentence with no deal of its own whose subject (its
// first, capitalised word) is named in one of the last few deals told just before and which calls off "its"
// or "the" deal, cancels that deal (the one whose item follows the name most closely in its evidence); one
// that keeps up its supplies ("Gazprom has kept up the supplies since") puts that signed deal under way.
void fate_told_later(const LexedText& t, LexRange range, std::vector<Deal>* deals);

}  // namespace entente
