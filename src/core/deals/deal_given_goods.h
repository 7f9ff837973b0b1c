// Goods told as given: "Tokyo gave coastal radars to the Philippine Navy" (deal_given_goods.cpp).
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when lexeme b is a verb of giving ("gave", "gives").
bool give_verb(const LexedText& t, std::size_t b);

// True when the give verb at b of clause c gives goods (`item`): "gave Sri Lanka coastal radar equipment",
// "gave the navy five used TC-90 training aircraft". Not a single thing with an indefinite article, which
// is what a gift of standing is told as ("gave the air force a modern type", "gave Hanwha a factory"), nor
// money, which the grant or loan it names tells ("gave Bulgaria $60 million in grants").
bool given_goods(const LexedText& t, LexRange c, std::size_t b, LexRange item);

}  // namespace entente
