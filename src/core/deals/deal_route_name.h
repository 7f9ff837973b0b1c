// Countries named only inside a route's name: "a terminal on the India-Iran-Russia transport corridor",
// "a refinery at Gwadar, on the China-Pakistan Economic Corridor". The name tells where the project lies,
// not who signed.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// Drops from sides p, while more than two remain, each country of `sentence` named only in a hyphened chain
// of names ("India-Iran-Russia", "Baku-Tbilisi-Kars") that a route noun (corridor, railway, pipeline, route,
// highway, link, line) follows within four words. A country also named outside such a chain stays.
void drop_route_names(const FillContext& f, LexRange sentence, NameSet* p);

}  // namespace entente
