// Words that differ between two aligned passages, for marking them in the side-by-side view.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace entente {

using ByteRange = std::pair<std::uint32_t, std::uint32_t>;  // [begin, end) byte offsets into one text

struct WordDiff {
  std::vector<ByteRange> a_only;  // words of `a` outside the longest common word subsequence, in order
  std::vector<ByteRange> b_only;
};

// Compares the words (letters and digits, ASCII case-folded) of two texts by longest common subsequence.
// Offsets are relative to each text. When the product of the word counts exceeds `max_cells`, returns no
// differences (too long to compare cheaply).
WordDiff word_diff(std::string_view a, std::string_view b, std::size_t max_cells = 4000000);

}  // namespace entente
