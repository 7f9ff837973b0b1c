// A ruling that orders a payment: "an arbitration court ordered Ankara to pay Baghdad about $1.5 billion",
// "a panel ordered the government to refund the fees". "Ordered" there commands; it buys nothing.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when lexeme b of clause c is, or follows, an order word ("order", "orders", "ordered", "ordering")
// that is followed, within a few words holding no number, by "to" and a verb of paying, returning or
// stopping: "ordered Vientiane to pay" (both the "ordered" and the "pay").
bool court_ordered(const LexedText& t, LexRange c, std::size_t b);

}  // namespace entente
