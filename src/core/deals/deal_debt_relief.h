// Debt relief: "China agreed in 2020 to defer payments for five years", "Russia wrote off $4.7 billion of
// debt": a relief verb on a debt is a finance deal; the same verbs on anything else ("deferred a decision",
// "wrote off the idea") tell no deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b is a relief verb (defer, reschedule, write off, forgive) and its object
// `item` names no debt, payment, loan, interest or instalment.
bool relief_off_debt(const LexedText& t, std::size_t b, LexRange item);

}  // namespace entente
