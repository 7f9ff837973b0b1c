// Shared counting conventions: which tokens count as running words, and per-1,000 rates.
#pragma once

#include <cstddef>
#include <cstdint>

#include "text.h"

namespace entente {

// Running words of a document: Word and Number tokens (punctuation, symbols and clitics such as "'s" are not
// counted). The denominator of every per-1,000 figure.
inline std::size_t running_words(const Document& doc) {
  std::size_t n = 0;
  for (const Token& t : doc.tokens) n += (t.kind == TokenKind::Word || t.kind == TokenKind::Number);
  return n;
}

// count per 1,000 of `total`, rounded half up to 2 decimals with integer arithmetic (identical everywhere);
// 0 when total is 0.
inline double per_1000(std::uint64_t count, std::uint64_t total) {
  if (total == 0) return 0.0;
  std::uint64_t hundredths = (count * 200000u + total) / (2u * total);  // round(count * 100000 / total)
  return static_cast<double>(hundredths) / 100.0;
}

}  // namespace entente
