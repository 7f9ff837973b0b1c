// A manner, not a deal: "French credits have been a polite way of selling French trams", "aid is a means of
// buying influence". The "-ing" verb after "way of" names what a practice amounts to; nothing is sold.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b is an "-ing" verb right after "of", and "way", "ways", "means" or
// "method" stands at most three words before that "of" ("a polite way of selling").
bool way_of_selling(const LexedText& t, std::size_t b);

}  // namespace entente
