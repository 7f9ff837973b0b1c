// Op-ed sentences that use deal words without telling a deal: a story "offered" to the reader, a ruling
// that "ordered" a payment, a numbered recommendation ("Second, publish the contracts"), a summary of
// deals told before ("Together these contracts are worth more") or a ranking of one ("the first artillery
// Yerevan has ever bought").
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of clause c, in `sentence`, is op-ed rhetoric (deal_rhetorical_offer.h),
// a ruling (deal_court_order.h), listed advice (deal_listed_advice.h), a summary (deal_told_plural.h) or a
// ranking (deal_ever_told.h).
bool oped_no_deal(const LexedText& t, LexRange sentence, LexRange c, std::size_t b);

}  // namespace entente
