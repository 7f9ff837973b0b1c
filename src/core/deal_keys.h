// Word keys for comparing deal descriptions: the first five letters of each word of three or more letters
// or digits, lower-cased ("Tomahawk missiles" -> {"tomah", "missi"}).
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace entente {

// The keys of `text`; ASCII letters and digits make words, everything else separates them.
std::set<std::string> word_keys(std::string_view text);

}  // namespace entente
