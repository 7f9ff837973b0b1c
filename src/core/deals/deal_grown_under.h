// "trade between Viet Nam and the two economies has grown strongly under the Viet Nam-Chile Free Trade
// Agreement and the CPTPP": an agreement named as the frame that trade has grown under is a standing
// framework the sentence measures by, not a deal it tells.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the agreement trigger at b follows, in clause c, a verb of growth ("grown", "grew", "risen",
// "expanded", "doubled", ...) and then "under", with no signing or agreeing word between them.
bool grown_under(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

}  // namespace entente
