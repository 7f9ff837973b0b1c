// A facility told with its foreign builder in an apposition: "A new port at Lamu, built by a Chinese firm,
// opened last year" (deal_builder_apposition.cpp).
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when a comma follows the facility noun ending at e (a place after it, "at Lamu", counts as part of
// it) and the apposition after the comma says who built or financed it with a country's name or adjective
// within five lexemes after "by" or "with" ("built by a Chinese firm", "constructed by Japan"), and the
// predicate after it does not tell the facility as still to come ("will open in 2027").
bool builder_apposition(const TriggerScan& s, LexRange c, std::size_t e);

}  // namespace entente
