// One deal per party when an agreement names several: "27-year agreements with France's Total, Britain's
// Shell and Italy's Eni" and "ConocoPhillips and ExxonMobil have also signed deals" are three and two deals.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// Replaces each plural, uncounted agreement among deals[first] on, all found in `sentence`, whose
// counterpart ("with A, B and C") or subject ("A and B have signed") is a list of two or more named
// parties, by one deal per listed party. The parts keep the deal's fields; their parties are the listed
// party's country and the story's other main country.
void split_party_lists(const FillContext& f, LexRange sentence, std::size_t first, std::vector<Deal>* deals);

// "Yerevan turned to India after it froze an arms contract with Russia": when draft d's trigger is followed
// by "with" a country (its partner) and the sentence opens on a lone country (its subject, not a list "A and
// B"), a country named only between the subject and the trigger is another object of the sentence, no
// side; it leaves `p` while two sides remain.
void drop_bystanders(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
