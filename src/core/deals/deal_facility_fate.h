// A facility told as dropped after it: "The Bala dam survey, commissioned from an Italian firm, was
// similarly shelved", "the Rositas dam, for which a Chinese company signed a contract, was suspended".
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the facility noun at [b, e) (its phrase ending at e) is the subject of a cancelling verb in the
// passive or perfect ("was shelved", "has been dropped", "were quietly scrapped"), right after it or after
// asides set off by commas, in a sentence that names a country (a name or an adjective): a foreign project
// dropped. A project told before ("The same project", "This plant", "its pipeline") is left to that deal.
bool facility_dropped_after(const TriggerScan& s, std::size_t b, std::size_t e);

}  // namespace entente
