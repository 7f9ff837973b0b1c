// No deal: a target for trade ("pledged to double trade to $30 billion") (deal_trade_target.cpp).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when clause c tells a growth of trade up to an amount: a verb of growth ("double", "raise",
// "boost", "lift") with a trade word ("trade", "exports", "turnover") within four lexemes after it and "to"
// then an amount after that ("to $30 billion"). Such a target is no deal, whatever verb tells it ("pledged",
// "agreed"); a memorandum signed to reach it still is (its caller keeps agreement nouns).
bool trade_target(const LexedText& t, LexRange c);

}  // namespace entente
