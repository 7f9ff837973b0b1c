// Talks about goods: "exclusive negotiations with a shipyard over up to four submarines", "talks with
// Berlin on a possible second batch of patrol vessels". Talks name no purchase word, yet what they are
// about is a purchase being negotiated.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the talks noun at [b, e) of clause c is about goods: its on/over/about/for complement (a
// partner, "with X" or "between X and Y", may stand before it) counts units ("up to four submarines", "five
// aircraft"), or is a batch of something or a named model holding a sector word ("a second batch of patrol
// vessels"); and no other trigger word is in it ("talks on the purchase of ..." is the purchase's). Sets
// `item` to the complement.
bool talks_about_goods(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e, LexRange* item);

}  // namespace entente
