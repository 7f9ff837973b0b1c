// Contracts won: "has received a Letter of Award", "received an order from" tell a contract awarded to the
// speaker (a company's filing), not goods received.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when `sentence` tells that a contract was received: "received"/"receives"/"has received" followed,
// after "a", "an" or "the" and at most one more word, by "letter of award", "letter of acceptance",
// "order", "contract" or "award" ("has received a Letter of Award from the Government of Chile",
// "received a purchase order"). Such a deal is signed, not completed.
bool award_received(const LexedText& t, LexRange sentence);

}  // namespace entente
