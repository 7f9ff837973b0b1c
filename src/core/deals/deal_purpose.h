// The name of an agreement that has no object of its own: its purpose or complement past the parties,
// times and asides around it ("an agreement with its ally, the United States, to acquire 400 Tomahawk
// missiles", "an agreement that allows Russia to guard the borders", "The 2017 agreement between Thailand
// and China for one Yuan-class submarine").
#pragma once

#include <optional>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The lexemes that name the agreement of `d` (an agreement noun's draft), or nothing when its item already
// says what it is about or the sentence gives no purpose.
std::optional<LexRange> agreement_purpose(const FillContext& f, const DealDraft& d);

// "the two remaining S-400 squadrons, part of a $5.4 billion deal signed in 2018": the noun phrase before
// ", part of a/an" that an agreement noun of `d` is the whole of; nothing when the noun is not told so.
std::optional<LexRange> whole_of(const FillContext& f, const DealDraft& d);

// "borrowed $3.2 billion from China's Exim Bank in 2014 to build the railway": the first purpose clause
// ("to", a verb, a concrete object) in the own clause of `d` after its trigger, from the verb to the object's
// end; nothing when there is none (or the first "to" + word has an abstract or empty object). With
// `same_clause`, only a purpose before "and", "but", "which" or a comma counts.
std::optional<LexRange> verb_purpose(const FillContext& f, const DealDraft& d, bool same_clause);

// "to rebuild hospitals, roads and railways": the sector named most often in the list whose first member
// ends `item` (members after commas and "and"/"or", up to `limit`), when it is named more often than the
// sector of the item's own words; -1 when the item opens no list or no sector outnumbers the item's.
int listed_sector(const FillContext& f, LexRange item, std::size_t limit);

}  // namespace entente
