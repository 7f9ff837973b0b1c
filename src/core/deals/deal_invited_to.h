// An invitation to take part in a deal offers it: "The Kyrgyz side invited Hungarian companies to take part
// in the construction of the Kambarata-1 hydropower plant", "invited Hungary to invest in a plant": proposed.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when "invited", "invites", "inviting" or "invite" stands before d's trigger in its sentence, followed
// by "to" at most four lexemes after it and before the trigger, with no "." or ";" between it and the
// trigger.
bool invited_to(const LexedText& t, const DealDraft& d);

}  // namespace entente
