// "an agreement for the construction of a research centre, whose works are in execution": works on the deal's
// object told as going on put the deal in progress, whatever its kind.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when, after the trigger of d in its sentence, "work" or "works" (optionally with "is", "are", "was",
// "were") is followed by "under way", "underway", "in execution", "under execution", "in progress",
// "ongoing", "being executed" or "progressing".
bool works_in_progress(const LexedText& t, const DealDraft& d);

}  // namespace entente
