// Status words inside a contract's name are no status cue: the "offer" of a "letter of offer and
// acceptance" (a signed US arms-sale contract) is no proposal.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when lexeme k is "offer" (or "offers") inside "letter(s) of offer".
bool in_contract_name(const LexedText& t, std::size_t k);

}  // namespace entente
