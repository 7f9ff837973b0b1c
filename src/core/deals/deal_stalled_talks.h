// Deal status: talks that have stalled are still talks. "Talks on the purchase of two submarines stalled in
// March" and "Talks on a stake in the plant have stalled over the price" tell a negotiation on hold, not a
// cancelled deal (LABELING: cancelled is cancelled, dropped, failed, suspended).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's sentence opens with "Talks" or "Negotiations" (after "The" at most) and tells them
// "stalled" (or "stalling", "stall"), marks deals[first] on told as cancelled in negotiation.
void stalled_talks(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals);

}  // namespace entente
