// Money raised at home: "The government instead plans to sell bonds at home", "will raise the money
// domestically": a sale or loan told as made on the home market has no foreign side.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the deal's own clause tells it as made at home: "at home" (not "at home and abroad"),
// "domestically", "on the domestic market", "to local investors", "from its own budget"; not a home act
// told after the deal as its alternative ("buy Indian arms rather than build everything at home").
bool home_market(const LexedText& t, const DealDraft& d);

}  // namespace entente
