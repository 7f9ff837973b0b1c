// A border named as a place: "the Phnom Penh-Bavet expressway to the Vietnamese border", "a plant near the
// Qatari border". The country whose border it is takes no part in the deal for that.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when the country mention at lexemes [first, end) stands in "the <country> border" (or "frontier")
// that closes its phrase: punctuation or a linking word follows ("the Thai border that it was built to
// serve"), not a noun ("the Russian border guards", "the Chinese border trade agreement").
bool border_place(const LexedText& t, std::size_t first, std::size_t end);

}  // namespace entente
