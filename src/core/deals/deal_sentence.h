// The deals of one sentence: its clauses, each clause's first valid trigger and the requirements of its rule,
// later same-kind nouns and second objects after "and"; each draft with the clauses around it.
#pragma once

#include <vector>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// Buffers reused from sentence to sentence.
struct SentenceScratch {
  std::vector<LexRange> clauses;
  std::vector<DealDraft> drafts;
};

// The deals of one sentence with the clauses around each (head, tail) set, into scratch->drafts.
// Returns scratch->drafts, valid until the next call with the same scratch. Sets s.sentence to `range`.
const std::vector<DealDraft>& sentence_drafts(TriggerScan& s, LexRange range, SentenceScratch* scratch);

}  // namespace entente
