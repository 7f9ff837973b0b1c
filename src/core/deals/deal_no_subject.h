// A deal noun or verb whose subject is negated by "no": "no new Chinese metro loan has been announced",
// "no Turkish or Brazilian firm can offer the package". The text says there is none.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when "no" stands at most six words before the trigger at b, in the same clause, and only the words
// of one noun phrase lie between (adjectives, nouns, names, "or", "and"; no article, no "-ed" verb): a
// trigger noun in that phrase ("no new Chinese metro loan"), or a trigger verb right after a modal or
// auxiliary that follows the phrase ("no Turkish firm can offer"). Not "no fewer than", "no doubt", "no
// longer", "no matter", "no sooner", "no later". Also a plan denied: "has no plans to buy", "no immediate
// plan to sell", "no intention to order". A bare deal noun ("No contract has yet been signed") is left to
// the status rules, which read it as talks.
bool no_subject(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
