// Sentences that tell more of the deal just told, rather than a deal of their own: "the deal could be worth
// $1.5 billion", "The fund is expected to sign ...", "Deliveries of launchers began in 2024", "The first ten
// tanks were unloaded", "The helicopter order itself ... was signed".
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"
#include "deals.h"

namespace entente {

// Draft d (of `sentence`, after the sentence `last`) tells more of deals->back(): "the deal", a verb whose
// object is only "it" or "them", or a sentence opening on the same definite firm or fund (its amount and
// evidence go to that deal; only when `recent`,
// the deal told close before and d not in a headline), or a delivery sentence right after a purchase (its
// progress). Returns true when d was folded into that deal.
bool folded(const FillContext& f, const DealDraft& d, LexRange sentence, LexRange last, bool recent,
            std::vector<Deal>* deals);

// "The helicopter order itself, for 16 AW149 helicopters, was signed", in a sentence naming no country:
// deals [from, end) that d gave are put between the two countries the sentence before (`last`) names.
void stressed_back_parties(const FillContext& f, const DealDraft& d, LexRange sentence, LexRange last,
                           std::size_t from, std::vector<Deal>* deals);

// "The first ten tanks were unloaded at Gdynia": `range`, a sentence with no deal of its own telling the
// first units of one of the last few signed orders (the plural head noun of its item) as arrived, puts that
// order in progress with the sentence as more evidence; the last units told so ("The last of the two
// million doses are delivered") complete it. Umbrella deals are left alone.
void first_units_arrived(const LexedText& t, LexRange range, std::vector<Deal>* deals);

}  // namespace entente
