// Deal status: "A proposed deal for tanks, discussed in 2023, was dropped after the war made any new arms
// agreement difficult" tells one deal, cancelled; the fate verb after the aside is not a second deal.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's deal phrase is followed by an aside and "was"/"were" and a fate verb (", discussed in 2023,
// was dropped"), marks deals[first] on, the draft's deals, cancelled.
void fate_after_aside(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals);

}  // namespace entente
