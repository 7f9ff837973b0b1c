// "A Kenyan delegation was shown the K9 howitzer; Nairobi is interested in buying it": a purchase verb whose
// object is only "it" or "them" buys the named goods told earlier in its sentence.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the purchase verb at [b, e) has for object only "it" or "them" and an earlier noun phrase of its
// sentence, opened by "the", "a" or "an", names goods (a proper name and a sector keyword in it: "the Indian
// Akash missile system"); sets `item` to that phrase, the nearest one
// within forty lexemes before the verb.
bool pronoun_object(const TriggerScan& s, std::size_t b, std::size_t e, LexRange* item);

}  // namespace entente
