// The status of a deal draft from the modality of its clause: status cues in priority order, with negated
// cues, resumed deals and future terms of a signed agreement read for what they say.
#pragma once

#include <string>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The lowest-numbered (highest-priority) entry of `table` matched wholly inside lexemes r, or -1.
int best_cue(const FillContext& f, const PhraseTable& table, LexRange r);

// One of proposed | negotiating | announced | signed | in_progress | completed | cancelled for draft d of
// trigger kind `kind`. Never empty: a clause without any cue gets a default from its tense and kind.
std::string status_of(const FillContext& f, const DealDraft& d, const std::string& kind);

}  // namespace entente
