// Binary search over mention lists sorted by their first lexeme (entities, dates, quantities, money are
// found left to right): the spans that start inside a lexeme range, without a scan of the whole document.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace entente {

// The spans of `v` (sorted by `first`) whose first lexeme lies in [b, e), as a [begin, end) pair of
// pointers. Precondition: v is sorted by `first`.
template <class Span>
std::pair<const Span*, const Span*> spans_in(const std::vector<Span>& v, std::size_t b, std::size_t e) {
  auto before = [](const Span& s, std::size_t k) { return s.first < k; };
  const Span* lo = std::lower_bound(v.data(), v.data() + v.size(), b, before);
  const Span* hi = std::lower_bound(lo, v.data() + v.size(), e, before);
  return {lo, hi};
}

constexpr std::size_t kMaxSpan = 16;  // lexemes in the longest name or amount

// The first lexeme a name or amount that ends at lexeme k can start at.
constexpr std::size_t span_reach(std::size_t k) {
  return k > kMaxSpan ? k - kMaxSpan : 0;
}

}  // namespace entente
