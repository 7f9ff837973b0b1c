// Sentence splitter over tokens: handles abbreviations (Mr., Jan., U.S.), decimals, headings without a
// full stop (a line break after a short line), bullets and quotes.
#pragma once

#include <string_view>
#include <vector>

#include "text.h"

namespace entente {

// Returns the sentences of `text` in order; every token belongs to exactly one sentence. A run-on sentence
// is cut after 200 tokens or 4,000 bytes, at its last comma, semicolon or colon in its second half when it
// has one: a sentence holds at most 200 tokens, and at most 4,000 bytes plus its last token.
std::vector<Sentence> split_sentences(std::string_view text, const TokenList& tokens);

}  // namespace entente
