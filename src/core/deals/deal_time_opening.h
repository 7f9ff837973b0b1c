// "In 2019 it offered a $200 million fund to Somalia": a sentence whose subject "it" follows an opening
// time phrase refers, like one opening on "It", to the country of the sentence before.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// The lexeme after an opening time phrase at b ("In 2019", "In March 2021,", "Last year", "That year,"),
// or b when the sentence opens otherwise.
std::size_t after_time_opening(const LexedText& t, std::size_t b);

}  // namespace entente
