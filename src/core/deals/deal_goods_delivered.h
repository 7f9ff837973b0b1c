// A delivery told after the order is that order, not a deal of its own: "Ghana bought coaches from Hungary
// and Poland in 2022. The Hungarian coaches were delivered in 2024 and 2025." completes the Ghana-Hungary
// purchase; it is no new row, and not a row between Hungary and Poland.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's sentence opens with "The" (or its clause with "and", after a deal told in the sentence:
// "..., and Israeli drones were delivered"), its goods (the head noun before "was/were delivered", "were
// handed over" or "have been delivered", with no "first", "last", "some" or "of" among them) are the item
// head of a signed purchase, supply or agreement among the last few deals, and the countries named in the
// goods' words are all parties of that deal: marks that deal completed, adds the sentence to its evidence
// and returns true. False, with the deals unchanged, otherwise.
bool goods_delivered(const FillContext& f, const DealDraft& d, std::vector<Deal>* deals);

// The same for a sentence that gave no deal of its own ("The Hungarian coaches were delivered in 2024 and
// 2025."), its participle a few words from its start.
void goods_delivered_told(const FillContext& f, LexRange sentence, std::vector<Deal>* deals);

}  // namespace entente
