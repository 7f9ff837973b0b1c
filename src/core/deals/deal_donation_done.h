// A donation told by its noun with a past year: "an earlier donation of 20 ambulances in 2021"
// (deal_donation_done.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when the trigger of d is a donation or gift noun and its clause dates it to a year no later than the
// dateline's ("follows an earlier donation of 20 ambulances in 2021"): the goods were given, so the
// donation is completed, where a noun with no verb would otherwise stay announced.
bool donation_done(const FillContext& f, const DealDraft& d);

}  // namespace entente
