// LCS over words (see word_diff.h).
#include "word_diff.h"

#include <string>

namespace entente {
namespace {

struct Word {
  ByteRange range;
  std::string key;
};

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  for (std::uint32_t i = 0; i < s.size();) {
    auto word_char = [&](std::uint32_t k) {
      const unsigned char c = static_cast<unsigned char>(s[k]);
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    };
    if (!word_char(i)) {
      ++i;
      continue;
    }
    Word w;
    w.range.first = i;
    while (i < s.size() && word_char(i)) {
      const char c = s[i++];
      w.key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    w.range.second = i;
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace

WordDiff word_diff(std::string_view a, std::string_view b, std::size_t max_cells) {
  const std::vector<Word> x = words_of(a), y = words_of(b);
  WordDiff out;
  const std::size_t n = x.size(), m = y.size();
  if (n * m > max_cells) return out;
  // lcs[i][j]: LCS length of x[i..] and y[j..].
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = x[i].key == y[j].key ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (x[i].key == y[j].key) {
      ++i, ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      out.a_only.push_back(x[i++].range);
    } else {
      out.b_only.push_back(y[j++].range);
    }
  }
  for (; i < n; ++i) out.a_only.push_back(x[i].range);
  for (; j < m; ++j) out.b_only.push_back(y[j].range);
  return out;
}

}  // namespace entente
