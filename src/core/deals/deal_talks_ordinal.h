// Talks about one more unit named by an ordinal: "in talks on a third ship", "discussing a second
// submarine" negotiate a purchase though no count or purchase word is given.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_triggers.h"
#include "deals.h"

namespace entente {

// True when [b, e), the complement of a talks noun, is an ordinal ("second" to "tenth") right before a
// goods noun: a unit noun (ship, vessel, submarine, frigate, aircraft, jet, reactor, satellite, ...) or a
// phrase holding a sector word; "a second round of talks" and "a third party" are not goods.
bool ordinal_goods(const TriggerScan& s, LexRange r);

// "two patrol ships ... in talks on a third ship": a deal from `first_new` on whose item is an ordinal and a
// goods noun with no sector of its own ("other") takes the sector of the latest deal before it whose item
// holds the same noun (singular or plural).
void ordinal_sectors(std::size_t first_new, std::vector<Deal>* deals);

}  // namespace entente
