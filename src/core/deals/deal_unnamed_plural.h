// Deals in general: "Look closely at the deals signed under these banners and you find that most of them
// are ordinary bilateral agreements". A plural deal noun in a sentence that names no country, firm or
// person, no figure and no "two" or "both" sides tells what deals are like, not one deal.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the trigger at b is a plural deal noun ("deals", "agreements", "contracts", "accords",
// "pacts", "treaties", "loans", "credits", "grants", "memoranda") and its sentence names no entity, holds no
// number or amount, and says neither "two", "both", "sides" nor "parties".
bool unnamed_plural(const TriggerScan& s, std::size_t b);

}  // namespace entente
