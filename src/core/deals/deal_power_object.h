// "solar power", "wind power": power named by its source is electricity, not an abstract object
// (deal_power_object.cpp).
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// "hopes to sell solar power to Peru", "to buy surplus hydro power": the object's head `head` is "power" and
// the word before it (not before `b`, the object's start) names a source of electricity. Bare "power" stays
// abstract ("to sell power" may be political).
bool electric_power(const LexedText& t, std::size_t b, std::size_t head);

}  // namespace entente
