// "The two sides agreed to study the feasibility of an expressway link": a project only to be studied is
// proposed, even when the sides agreed to study it.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the clause of d, before or at its trigger, tells a study of the project: "feasibility",
// "pre-feasibility", or "study"/"studies"/"studying"/"explore" right after "to" ("agreed to study").
bool feasibility_only(const LexedText& t, const DealDraft& d);

}  // namespace entente
