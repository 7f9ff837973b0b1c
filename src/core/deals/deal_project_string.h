// No deal: projects told as a collection ("the latest of a string of Chinese-financed projects")
// (deal_project_string.cpp).
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when the trigger at b is "projects" led by a word of collection ("a string of", "a series of", "a
// raft of") within six lexemes before it: many projects told as a kind, not one deal.
bool project_string(const LexedText& t, std::size_t b, std::size_t floor);

}  // namespace entente
