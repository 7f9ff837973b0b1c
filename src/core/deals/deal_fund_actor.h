// A fund named as an institution ("state investment fund Ithmar Capital"), not a fund a deal sets up
// (deal_fund_actor.cpp).
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// "Chile's state investment fund Corfo will provide a loan", "the sovereign wealth fund said": the fund noun
// at [b, e) is followed by its proper name, or is a state, sovereign, wealth or pension fund: an actor, not
// a deal ("a $1 billion joint investment fund" stays a deal).
bool fund_actor(const LexedText& t, std::size_t b, std::size_t e);

}  // namespace entente
