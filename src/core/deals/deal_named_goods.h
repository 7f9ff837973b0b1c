// A purchase or supply noun after a named system: "the Patriot sale", "the S-400 purchase", "the Rafale
// order": the name (not a country's, a date or an amount) tells what changes hands.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when a modifier between its determiner and the noun at b is a proper name or a model number that
// is no country mention, date or amount, not the sentence's first word, and not told before in the
// text ("The Rafale order is the biggest ...": a deal already told).
bool named_goods_before(const TriggerScan& s, std::size_t b);

}  // namespace entente
