// The later state of a signed deal told after it in the same sentence: its units "handed over in 2020",
// "already in service", a line that "began running in 2022" or "opened to passengers", a satellite "launched
// in 2013" (done), or "construction started in 2024" (under way).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// 2 when the sentence of d, after its trigger and item, tells the deal's object as done (a handover
// participle right after a comma, "in service" after "already", "now" or "seen", "began running",
// "started operating" or "opened to passengers", a satellite "launched"; not "they entered service", which
// deal_in_service_test.cpp keeps at the order's own status); 1 when it tells construction as begun
// ("construction started", "construction began last year"); 0 otherwise.
int later_state(const LexedText& t, const DealDraft& d);

}  // namespace entente
