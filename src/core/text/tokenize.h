// Tokenizer for news text with UTF-8 byte offsets.
#pragma once

#include <string_view>
#include <vector>

#include "text.h"

namespace entente {

// Splits `text` into tokens. Words keep internal hyphens and apostrophes ("co-operation", "Mi-35");
// possessive "’s"/"'s" becomes a separate Clitic token; numbers keep internal "," and "." between digits
// and a trailing "-unit" ("1,300-km"); abbreviations with internal dots ("U.S.", "e.g.") are one Word token
// including the final dot. Spaces, NBSP and control characters separate tokens and are never part of one.
TokenList tokenize(std::string_view text);

// Lower-cases ASCII and common Latin-1/Latin Extended-A letters, folds ’ ‘ to ', drops soft hyphens.
std::string fold_lower(std::string_view word);

}  // namespace entente
