// "VILNIUS, June 3 - Chile and Spain signed a radar contract. The deal, concluded in 2025, ...": a year a
// follow-up sentence states for the signing beats one read from a month or day alone (taken from the
// dateline's year).
#pragma once

#include "deals.h"

namespace entente {

// True when `later` (a follow-up of `prev`) dates its signing with a written year right after a signing word
// ("The deal, concluded in 2025, ...") and `prev`'s own date text has none ("June 3", "on Tuesday"): the
// written year is the deal's.
bool year_stated_later(const Deal& prev, const Deal& later);

}  // namespace entente
