// "Zimbabwe has received the third batch of tractors under the facility": a later batch of an order told as
// received means deliveries have begun and go on; the order is in progress, not completed.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the sentence of d tells a numbered or later batch ("second", "third", "latest", "another", ...
// then "batch", "consignment", "shipment", "tranche" or "lot") as received, arrived or delivered, with no
// "last", "final" or "remaining" before the batch noun: the delivery verb just before the ordinal, or after a
// batch that opens the sentence ("The third batch of tractors arrived").
bool later_batch_received(const LexedText& t, const DealDraft& d);

}  // namespace entente
