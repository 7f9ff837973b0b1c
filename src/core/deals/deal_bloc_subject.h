// "In March 2024 India and the European Free Trade Association, of which Norway is a member, signed a trade
// agreement": a deal whose sides are a country and a bloc (a body the gazetteer ties to no country) is no
// deal between two countries, whatever member the sentence names.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when d's sentence, before the end of d's clause, joins a country and a bloc by "and" ("India and the
// European Free Trade Association", "between Chile and Mercosur") or a bloc and a country ("the EU and
// India"), and the clause's trigger comes after them.
bool country_and_bloc(const FillContext& f, const DealDraft& d);

}  // namespace entente
