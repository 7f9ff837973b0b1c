// A signed deal told as being carried out in its own sentence: "the joint venture agreement ... is being
// carried out", "the remainder are being delivered", "AVIC is upgrading the road under a contract signed in
// 2019".
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when d's sentence tells its deal as under way in a progressive: "being" and a verb of doing or
// delivering ("carried out", "implemented", "delivered", "installed", "supplied", "built") after d's
// trigger, not negated; or "is"/"are" and a verb of building ("is upgrading", "are building") before
// "under a contract" (or agreement, deal, concession) in its sentence.
bool told_in_progress(const LexedText& t, const DealDraft& d);

}  // namespace entente
