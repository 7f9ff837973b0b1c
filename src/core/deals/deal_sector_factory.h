// Factories: "a battery plant near the city", "a steel mill", "a cell factory", "a brewery". A plant that
// makes goods, named by no word of a sector (not a power, desalination or water-treatment plant), is
// manufacturing, sector other, not the infrastructure of a building project.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the last noun of `item` (lexemes r) is a factory word: plant, factory, gigafactory, mill,
// brewery, smelter (singular or plural).
bool factory_item(const LexedText& t, LexRange r);

}  // namespace entente
