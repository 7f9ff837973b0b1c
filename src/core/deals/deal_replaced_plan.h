// A planned deal that another deal replaces is dropped (deal_replaced_plan.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "The contract replaces a planned order for Brazilian trainers", "The canal deal replaces a proposed Chinese
// project": a plan named as what a new deal replaces is not going ahead (cancelled). Not "was replaced by a
// contract" (the contract is the new deal), nor a signed deal that is replaced (superseded terms stay
// signed).
bool replaced_plan(const LexedText& t, const DealDraft& d);

}  // namespace entente
