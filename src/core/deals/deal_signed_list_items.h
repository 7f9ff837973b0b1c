// Items of a list of signed documents ("the following documents were signed:\n1. Memorandum on water
// management.\n2. Memorandum on veterinary cooperation.") are distinct documents: consolidation keeps them
// apart even when they share a head noun and no other word.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_consolidate.h"
#include "deal_triggers.h"

namespace entente {

// Marks notes[first..] as items of a signed list when the sentence `range` is a bulleted or numbered line
// under a line with a deal verb (see listed_under_verb).
void mark_signed_list_items(const TriggerScan& s, LexRange range, std::size_t first,
                            std::vector<DealNote>* notes);

// Whether a and b are items of a signed list told in different sentences (two lines of the list).
bool separate_list_items(const DealNote& a, const DealNote& b);

}  // namespace entente
