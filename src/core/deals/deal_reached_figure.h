// A figure an investment or trade flow reached: "Chinese investment in Hungary reached 11 billion euros"
// (deal_reached_figure.cpp).
#pragma once

#include "deal_lex.h"

namespace entente {

// "reached 11 billion euros", "hit $2.1 billion", "exceeded 500 million dollars" in clause [b, e): a running
// total that reached an amount, which is a statistic, not a deal ("reached an agreement" names no amount).
bool reached_figure(const LexedText& t, std::size_t b, std::size_t e);

}  // namespace entente
