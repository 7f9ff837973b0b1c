// A year told after an amount aside: "signed a loan for a new port, worth 180 million euros, in 2023": the
// year closes the deal's clause though the aside stands between.
#pragma once

#include "dates.h"
#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The year after the amount aside of draft d: its clause is followed by ", AMOUNT," (with at most a few
// words such as "worth", "valued at", "about") and then "in" and a date with a year; nullptr otherwise.
const DateSpan* year_after_amount(const FillContext& f, const DealDraft& d);

}  // namespace entente
