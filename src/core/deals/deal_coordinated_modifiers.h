// "a defence and economic cooperation framework agreement", "a trade and investment agreement": two field
// words joined by "and" both modify the deal noun; the item keeps the first one.
#pragma once

#include <cstddef>

#include "deal_item.h"

namespace entente {

// True when lexeme p is "and" between two lower-case field words: the word before it (after `floor`) is a
// sector keyword or "economic", not plural, a country, an amount or a stop word, and the word after it (a
// modifier already taken into the phrase) is not capitalised.
bool coordinated_modifier(const ItemContext& c, std::size_t p, std::size_t floor);

}  // namespace entente
