// A stable least-significant-digit radix sort on 64-bit keys: the feature sets, postings and pair keys of
// phrase overlap are millions of hashes, which it orders several times faster than std::sort.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace entente {

// Sorts `values` by key(value) (a std::uint64_t), ascending and stable: equal keys keep their input order.
// Byte positions where every key holds the same byte are skipped. `scratch` is working storage (any content;
// reusing it across calls saves allocations). Time O(n) per varying key byte; inputs below a few hundred
// values go through std::stable_sort instead, with the same result.
template <class T, class Key>
void radix_sort_by(std::vector<T>& values, std::vector<T>& scratch, Key key) {
  const std::size_t n = values.size();
  if (n < 256) {
    std::stable_sort(values.begin(), values.end(), [&](const T& x, const T& y) { return key(x) < key(y); });
    return;
  }
  std::vector<std::array<std::size_t, 256>> counts(8);
  for (auto& c : counts) c.fill(0);
  for (const T& v : values) {
    const std::uint64_t k = key(v);
    for (int b = 0; b < 8; ++b) ++counts[b][(k >> (8 * b)) & 0xFF];
  }
  scratch.resize(n);
  for (int b = 0; b < 8; ++b) {
    std::array<std::size_t, 256>& c = counts[b];
    if (*std::max_element(c.begin(), c.end()) == n) continue;  // one byte value everywhere: order unchanged
    std::size_t sum = 0;
    for (std::size_t& x : c) sum += std::exchange(x, sum);
    for (const T& v : values) scratch[c[(key(v) >> (8 * b)) & 0xFF]++] = v;
    values.swap(scratch);
  }
}

// Sorts 64-bit values ascending: the same result as std::sort.
inline void radix_sort(std::vector<std::uint64_t>& values, std::vector<std::uint64_t>& scratch) {
  radix_sort_by(values, scratch, [](std::uint64_t v) { return v; });
}

inline void radix_sort(std::vector<std::uint64_t>& values) {
  std::vector<std::uint64_t> scratch;
  radix_sort(values, scratch);
}

}  // namespace entente
