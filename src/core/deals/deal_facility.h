// Facility nouns ("pipeline", "bridge", "power plant"): a facility states a deal only with its price, its
// financer, an agreement or talks on it, or its completion between the pair.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the facility noun at lexemes [b, e) of clause c states a deal: money in its clause, a financing
// or cancelling verb before it, a priced apposition, an agreement to develop it, talks on it, its completion
// told in the passive, or aid or loans from a named country after it.
bool facility_stated(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e);

}  // namespace entente
