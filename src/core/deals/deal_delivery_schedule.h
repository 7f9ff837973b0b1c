// A delivery schedule of an order told before: "Deliveries of the new aircraft are due to begin in 2027"
// (deal_delivery_schedule.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "Deliveries of the new aircraft are due to begin in 2027, and the last of the jets will arrive by 2030":
// a sentence opening on deliveries (or handovers, shipments) still to come, which names no deal of its
// own (no signing, contract or price), tells the schedule of the deal just told (`recent`) and gives no
// row.
bool delivery_schedule(const LexedText& t, const DealDraft& d, bool recent);

}  // namespace entente
