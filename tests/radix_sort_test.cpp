// The radix sorts give std::sort's order (values) and std::stable_sort's order (records by key).
#include "radix_sort.h"

#include <catch2/catch.hpp>
#include <random>
#include <utility>

namespace {

// Values drawn from a few shapes: full 64-bit hashes, small ranges (many duplicates), one varying byte.
std::vector<std::uint64_t> random_values(std::mt19937_64& rng, std::size_t n, int shape) {
  std::vector<std::uint64_t> v(n);
  for (auto& x : v) {
    const std::uint64_t r = rng();
    x = shape == 0 ? r : shape == 1 ? r % 7 : shape == 2 ? (r & 0xFF) << 40 : (r % 1000) << 40 | (r >> 54);
  }
  return v;
}

}  // namespace

TEST_CASE("radix_sort and sort_hashes equal std::sort on random inputs, with duplicates, small and empty") {
  std::mt19937_64 rng(12345);
  std::vector<std::uint64_t> scratch = {42, 43};  // stale content must not matter
  for (std::size_t n : {0u, 1u, 2u, 255u, 256u, 257u, 1000u, 5000u, 70000u}) {
    for (int shape = 0; shape < 4; ++shape) {
      std::vector<std::uint64_t> v = random_values(rng, n, shape);
      std::vector<std::uint64_t> expected = v;
      std::sort(expected.begin(), expected.end());
      std::vector<std::uint64_t> w = v;
      entente::radix_sort(v, scratch);
      CHECK(v == expected);
      entente::sort_hashes(w, scratch);
      CHECK(w == expected);
    }
  }
  std::vector<std::uint64_t> edge = {UINT64_MAX, 0, 1ull << 63, 0, UINT64_MAX};
  edge.resize(300, 5);
  std::vector<std::uint64_t> expected = edge;
  std::sort(expected.begin(), expected.end());
  std::vector<std::uint64_t> edge2 = edge;
  entente::radix_sort(edge);
  CHECK(edge == expected);
  entente::sort_hashes(edge2);
  CHECK(edge2 == expected);
}

TEST_CASE("radix_sort_by is stable: equal keys keep their input order") {
  std::mt19937_64 rng(7);
  for (std::size_t n : {10u, 300u, 4000u}) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> v(n), scratch;
    for (std::uint32_t i = 0; i < n; ++i) v[i] = {rng() % 50 * 0x0101010101ull, i};
    auto expected = v;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    entente::radix_sort_by(v, scratch, [](const auto& p) { return p.first; });
    CHECK(v == expected);
  }
}

TEST_CASE("sort_by_top_bits orders records as std::sort with the same total order") {
  std::mt19937_64 rng(3);
  for (std::size_t n : {0u, 5u, 63u, 64u, 1000u, 20000u}) {
    for (std::uint64_t spread : {std::uint64_t{0}, std::uint64_t{9}, UINT64_MAX}) {
      std::vector<std::pair<std::uint64_t, std::uint32_t>> v, scratch;
      for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint64_t h = spread == UINT64_MAX ? rng() : rng() % (spread + 1) << 60;
        v.emplace_back(h, static_cast<std::uint32_t>(rng() % 1000));
      }
      auto expected = v;
      std::sort(expected.begin(), expected.end());
      entente::sort_by_top_bits(
          v, scratch, [](const auto& p) { return p.first; },
          [](const auto& x, const auto& y) { return x < y; });
      CHECK(v == expected);
    }
  }
}
