// Sentence splitter over tokens: handles abbreviations (Mr., Jan., U.S.), decimals, headings without a
// full stop (a line break after a short line), bullets and quotes.
#pragma once

#include <string_view>
#include <vector>

#include "text.h"

namespace entente {

// Returns the sentences of `text` in order; every token belongs to exactly one sentence.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace entente
