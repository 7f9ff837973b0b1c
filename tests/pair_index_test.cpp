// Candidate pairs from the inverted index.
#include "pair_index.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <random>

using entente::PairIndexOptions;

TEST_CASE("pairs count shared features and evidence, sorted, a < b") {
  const std::vector<std::vector<std::uint64_t>> f = {{1, 2, 3}, {9}, {2, 3, 4}, {3, 9}};
  const auto pairs = entente::index_pairs(f, PairIndexOptions{});
  REQUIRE(pairs.size() == 4);
  CHECK((pairs[0].a == 0 && pairs[0].b == 2 && pairs[0].shared == 2));
  CHECK(pairs[0].evidence == Approx(1.5));  // feature 2 (df 2) + feature 3 (df 3)
  CHECK((pairs[1].a == 0 && pairs[1].b == 3 && pairs[1].shared == 1));
  CHECK((pairs[2].a == 1 && pairs[2].b == 3 && pairs[2].shared == 1));
  CHECK(pairs[2].evidence == Approx(1.0));
  CHECK((pairs[3].a == 2 && pairs[3].b == 3 && pairs[3].shared == 1));
}

TEST_CASE("features above the document-frequency cap are ignored; weak pairs are dropped") {
  const std::vector<std::vector<std::uint64_t>> f = {{1, 5}, {1, 6}, {1, 5}};
  PairIndexOptions o;
  o.max_df = 2;
  auto pairs = entente::index_pairs(f, o);
  REQUIRE(pairs.size() == 1);
  CHECK((pairs[0].a == 0 && pairs[0].b == 2));
  o.min_evidence = 1.5;
  CHECK(entente::index_pairs(f, o).empty());
  CHECK(entente::frequent_features(f, 2) == std::vector<std::uint64_t>{1});
}

TEST_CASE("the share rule needs min_share of the smaller set and at least min_shared features") {
  // Documents 0 and 1 share features 1, 2 (also in documents 2..5: df 6) and 3: evidence 0.2 + 0.2 + 1.
  std::vector<std::vector<std::uint64_t>> f = {{1, 2, 3, 10}, {1, 2, 3, 20}};
  for (std::uint64_t d = 2; d < 6; ++d) f.push_back({1, 2, 100 + d});
  const std::vector<std::uint32_t> sizes = {4, 4, 40, 40, 40, 40};
  PairIndexOptions o;
  o.min_evidence = 2.0;
  o.min_share = 0.7;  // (0, 1): 3 shared >= 2.8; any other pair shares 2 < 2.8
  o.sizes = &sizes;
  auto pairs = entente::index_pairs(f, o);
  REQUIRE(pairs.size() == 1);
  CHECK((pairs[0].a == 0 && pairs[0].b == 1 && pairs[0].shared == 3));
  o.min_shared = 3;
  CHECK(entente::index_pairs(f, o).size() == 1);
  o.min_shared = 4;  // three shared features are not enough, whatever the share
  CHECK(entente::index_pairs(f, o).empty());
}

TEST_CASE("a small key budget gives the same pairs in several passes") {
  std::vector<std::vector<std::uint64_t>> f;
  for (std::uint64_t d = 0; d < 40; ++d) f.push_back({d % 3, 10 + d % 5, 100 + d % 7, 1000 + d});
  PairIndexOptions big, small;
  small.key_budget = 7;
  const auto x = entente::index_pairs(f, big), y = entente::index_pairs(f, small);
  REQUIRE(x.size() == y.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    CHECK((x[i].a == y[i].a && x[i].b == y[i].b && x[i].shared == y[i].shared));
  }
}

TEST_CASE("remove_features drops listed values") {
  std::vector<std::vector<std::uint64_t>> f = {{1, 2, 3}, {3, 4}};
  entente::remove_features(f, {3});
  CHECK(f == std::vector<std::vector<std::uint64_t>>{{1, 2}, {4}});
}

TEST_CASE("remove_features drops the listed values from sorted and unsorted sets alike") {
  std::vector<std::vector<std::uint64_t>> f = {{1, 3, 5, 7, 9, 11}, {9, 1, 4, 3}, {}, {2, 4, 6}, {12, 13}};
  entente::remove_features(f, {0, 3, 4, 9, 12, 13});
  CHECK(f[0] == std::vector<std::uint64_t>{1, 5, 7, 11});
  CHECK(f[1] == std::vector<std::uint64_t>{1});
  CHECK(f[2].empty());
  CHECK(f[3] == std::vector<std::uint64_t>{2, 6});
  CHECK(f[4].empty());
}

TEST_CASE("index_pairs equals a brute-force count over every pair, in one pass or several") {
  std::mt19937_64 rng(11);
  std::vector<std::vector<std::uint64_t>> f(300);
  for (auto& set : f) {
    for (int i = 0; i < 25; ++i) set.push_back(rng() % 2000);  // features of document frequency 0..~15
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
  }
  std::map<std::uint64_t, std::size_t> df;
  for (const auto& set : f)
    for (std::uint64_t x : set) ++df[x];
  PairIndexOptions o;
  o.max_df = 6;
  o.min_evidence = 0.5;
  for (std::size_t budget : {std::size_t{8} << 20, std::size_t{500}}) {
    o.key_budget = budget;
    const auto pairs = entente::index_pairs(f, o);
    std::size_t next = 0;
    for (std::uint32_t a = 0; a < f.size(); ++a) {
      for (std::uint32_t b = a + 1; b < f.size(); ++b) {
        std::uint32_t shared = 0;
        double evidence = 0;
        for (std::uint64_t x : f[a]) {
          const std::size_t d = df[x];
          if (d <= o.max_df && std::binary_search(f[b].begin(), f[b].end(), x))
            ++shared, evidence += 1.0 / (d - 1);
        }
        if (shared == 0 || evidence < o.min_evidence) continue;
        REQUIRE(next < pairs.size());
        CHECK((pairs[next].a == a && pairs[next].b == b && pairs[next].shared == shared));
        CHECK(pairs[next].evidence == Approx(evidence));
        ++next;
      }
    }
    CHECK(next == pairs.size());
  }
}
