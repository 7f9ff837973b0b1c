// Status from the cue words of a deal's clause (assets/deal_lexicon.json's "status" categories, in priority
// order), read with negation, resumption and the future terms of a signed agreement; the tense when none.
#pragma once

#include <string>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// One of proposed | negotiating | announced | signed | in_progress | completed | cancelled from the cue words
// around draft d of trigger kind `kind`: its clause, tail, head and the sentence before it, in that order.
// Never empty: a clause without any cue gets a default from its tense and kind.
std::string cue_status(const FillContext& f, const DealDraft& d, const std::string& kind);

// True when lexeme k starts a trigger phrase of an agreement told by a noun ("contract", "memorandum").
bool agreement_noun(const FillContext& f, std::size_t k);

}  // namespace entente
