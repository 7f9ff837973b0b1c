// A counted part of goods named after "for": "an earlier order for 212 of the guns"
// (deal_partitive_count.cpp).
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when "for" at e is followed by a count, "of", a determiner and goods a sector word names ("for 212
// of the guns", "for eight of the jets", within `lim`): a concrete object, counted in its part of the goods.
bool partitive_object(const TriggerScan& s, std::size_t e, std::size_t lim);

}  // namespace entente
