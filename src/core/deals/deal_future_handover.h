// Handovers still to come of an order told before: "The first three ships are to be handed over from 2029"
// (deal_future_handover.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "The first three ships are to be built in Japan and handed over from 2029, with the remaining eight ...",
// "The last two will be delivered in 2031": units of an order told just before (`recent`), named by a
// definite ordinal, whose handover is still to come, tell no deal of their own.
// "The first three ships are to be built in Japan and handed over from 2029": the sentence tells a handover
// of some units still to come, which leaves the order's stage as it was.
bool handover_to_come(const LexedText& t, LexRange sentence);

bool future_handover(const LexedText& t, const DealDraft& d, bool recent);

}  // namespace entente
