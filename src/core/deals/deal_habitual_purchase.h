// Buying as a habit, not a deal: "Vietnam has bought Czech military equipment since the 1990s", "Egypt has
// bought wheat from Russia for years", "Morocco has bought American weapons at a remarkable pace", "Finland
// bought most of its heavy weapons from the Soviet Union". The text tells a pattern of trade; a contract it
// names in the same sentence is told by its own noun.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of clause c is a verb of buying or selling ("bought", "sold")
// whose object opens with a share of a whole ("most of", "almost every", "nearly all"),
// or whose clause spans a stretch of time ("for years", "for thirty years", "for decades", "since the
// 1990s", "in recent years", "at a remarkable pace") with no number between the verb and that span.
bool habitual_purchase(const LexedText& t, LexRange c, std::size_t b);

}  // namespace entente
