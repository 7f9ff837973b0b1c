// "ordered in 2022, when Poland was rushing to replace the Soviet-era T-72s": a country named only to date
// something ("Soviet-era", "Yugoslav-era") is no side of the deal.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// Drops from *p each country that d's sentence names only right before "-era" (or "era"), when *p holds
// another country too.
void drop_era_names(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
