// "Gulf funds invested about $82 billion abroad last year", "Chinese firms invested $30 billion overseas
// in 2024", "South Korea sold 24 K9 howitzers to the region last year": money or goods sent "abroad",
// "overseas" or to a region, with no country they went to, are a statistic of outflows, not a deal.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when "abroad", "overseas", "worldwide" or "to" a region ("the region", "Southeast Asia", "Africa")
// follows the trigger ending at e within a few lexemes of clause c, and no country is named between the
// trigger and a few lexemes after that word ("abroad, in Kenya's ports" names where it went).
bool abroad_total(const TriggerScan& s, LexRange c, std::size_t e);

}  // namespace entente
