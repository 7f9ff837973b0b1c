// A deal named only as the signing a clause waits for: "before a contract is signed"
// (deal_awaited_signing.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "lent $1 billion to the developers before an offtake contract is signed", "until the deal is finalised": a
// deal noun after "before", "until" or "unless" and told as still to be signed is no deal the text reports.
bool awaited_signing(const LexedText& t, const DealDraft& d);

}  // namespace entente
