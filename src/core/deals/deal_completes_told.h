// The end of a delivery told after the order: "2022: Iraq ordered 10,000 rifles ... 2023: Iraq received the
// last of the rifles." The receipt of "the last of" (the rest of, the remainder of) goods told before is
// news of that order, told in a later year, not a deal of its own.
#pragma once

#include "deals.h"

namespace entente {

// Whether d's evidence tells the last part of goods told before as delivered: it holds "the last of the",
// "the rest of the" or "the remainder of the".
bool completes_told(const Deal& d);

// Whether a and b are an order and its delivery: one is a purchase and the other a supply.
bool order_and_delivery(const Deal& a, const Deal& b);

}  // namespace entente
