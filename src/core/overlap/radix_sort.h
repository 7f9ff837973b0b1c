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
// Keys are read in 11-bit digits; digits where every key holds the same value are skipped, so keys that use
// few bits sort in few passes. `scratch` is working storage (any content; reusing it across calls saves
// allocations). Time O(n) per varying digit; inputs below a few thousand values go through std::stable_sort
// instead, with the same result.
template <class T, class Key>
void radix_sort_by(std::vector<T>& values, std::vector<T>& scratch, Key key) {
  constexpr int kDigitBits = 11, kDigits = 6;  // 6 * 11 >= 64
  constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;
  const std::size_t n = values.size();
  if (n < 2048) {
    std::stable_sort(values.begin(), values.end(), [&](const T& x, const T& y) { return key(x) < key(y); });
    return;
  }
  auto digit = [](std::uint64_t k, int d) {
    return static_cast<std::size_t>(k >> (kDigitBits * d)) & (kBuckets - 1);
  };
  std::vector<std::array<std::size_t, kBuckets>> counts(kDigits);
  for (auto& c : counts) c.fill(0);
  for (const T& v : values) {
    const std::uint64_t k = key(v);
    for (int d = 0; d < kDigits; ++d) ++counts[d][digit(k, d)];
  }
  scratch.resize(n);
  for (int d = 0; d < kDigits; ++d) {
    std::array<std::size_t, kBuckets>& c = counts[d];
    if (c[digit(key(values.front()), d)] == n) continue;  // one digit value everywhere: order unchanged
    std::size_t sum = 0;
    for (std::size_t& x : c) sum += std::exchange(x, sum);
    for (const T& v : values) scratch[c[digit(key(v), d)]++] = v;
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

// Sorts `values` by `less` (std::sort's result when `less` is a total order, or on plain numbers) with one
// pass on the top bits of key(value) into about n / 4 buckets, then std::sort of each bucket. `less` must
// order by key first: key(x) < key(y) implies less(x, y). Linear when keys are spread evenly over 64 bits
// (hashes), std::sort's cost at worst. `scratch` is working storage, as for radix_sort_by.
template <class T, class Key, class Less>
void sort_by_top_bits(std::vector<T>& values, std::vector<T>& scratch, Key key, Less less) {
  const std::size_t n = values.size();
  if (n < 64) {
    std::sort(values.begin(), values.end(), less);
    return;
  }
  int bits = 4;
  while (bits < 16 && (std::size_t{1} << (bits + 2)) < n) ++bits;
  const int shift = 64 - bits;
  std::vector<std::size_t> next((std::size_t{1} << bits) + 1, 0);  // bucket starts, then write positions
  for (const T& v : values) ++next[(key(v) >> shift) + 1];
  for (std::size_t b = 1; b < next.size(); ++b) next[b] += next[b - 1];
  scratch.resize(n);
  for (const T& v : values) scratch[next[key(v) >> shift]++] = v;
  values.swap(scratch);
  // next[b] is now the end of bucket b, which is the start of bucket b + 1.
  auto begin = values.begin();
  for (std::size_t b = 0; b + 1 < next.size(); ++b) {
    const auto end = values.begin() + static_cast<std::ptrdiff_t>(next[b]);
    std::sort(begin, end, less);
    begin = end;
  }
}

// Sorts 64-bit values ascending (std::sort's result); fastest on evenly spread values (hashes).
inline void sort_hashes(std::vector<std::uint64_t>& values, std::vector<std::uint64_t>& scratch) {
  sort_by_top_bits(
      values, scratch, [](std::uint64_t v) { return v; },
      [](std::uint64_t x, std::uint64_t y) { return x < y; });
}

inline void sort_hashes(std::vector<std::uint64_t>& values) {
  std::vector<std::uint64_t> scratch;
  sort_hashes(values, scratch);
}

}  // namespace entente
