// A firm named with a possessive country: "Sweden's BAE Systems Hagglunds" (deal_possessive_firm.cpp).
#pragma once

#include "deal_fill.h"
#include "gazetteer.h"

namespace entente {

// "from Sweden's BAE Systems Hagglunds", "South Korea's Hanwha": the firm `e` follows a country in the
// possessive, which names its side; the country its name belongs to elsewhere (a foreign parent) is none.
bool possessed_firm(const FillContext& f, const EntityHit& e);

}  // namespace entente
