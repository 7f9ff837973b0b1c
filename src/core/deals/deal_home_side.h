// The story's home side: the country of the dateline's place ("DUSHANBE, Sept 18 -") when it is one of
// the story's pair (deal_home_side.cpp).
#pragma once

#include <string_view>

#include "deal_fill.h"

namespace entente {

// The side a deal with a lone foreign side `p` is given: the country of the dateline's place, an
// upper-case name opening a line in the text's first 800 bytes and followed by a comma ("DUSHANBE, Sept 18
// - ..."), when it is one of the story's pair and not in `p`; else the side the story names most.
std::string_view home_side(const FillContext& f, const NameSet& p);

}  // namespace entente
