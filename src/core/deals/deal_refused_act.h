// Refused acts: "declined to sell gas to Yerevan", "ruled out supplying missiles to Estonia", "refused to
// approve a Chinese offer to finance the line": a deal told only as what a side refused to do is no deal.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of `sentence` is governed by a refusal in its own clause: "refused to",
// "declined to" or "ruled out" right before the trigger verb, or before an act verb (sign, join, approve,
// extend, sell ...) whose object holds the trigger ("declined to join a regional security pact"), or
// "rejected" / "turned down" a few words before a trigger noun. Not a refusal to speak ("declined to give
// a price"), and not across a comma or a new clause ("refused to comment, but signed a contract").
bool refused_act(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
