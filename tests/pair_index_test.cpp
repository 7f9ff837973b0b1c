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

TEST_CASE("over a million spread-out postings (several value ranges) give what one global sort gives") {
  std::mt19937_64 rng(5);
  const auto spread = [](std::uint64_t x) { return x * 0x9E3779B97F4A7C15ull; };  // fills the top bits
  std::vector<std::vector<std::uint64_t>> f(5000);
  for (std::size_t d = 0; d < f.size(); ++d) {
    for (int i = 0; i < 450; ++i) f[d].push_back(spread(rng() % 20000000));  // some held by 2 or 3 sets
    if (d % 7 == 0) f[d].push_back(spread(1000000000 + d % 13));             // held by ~55 sets each
    std::sort(f[d].begin(), f[d].end());
    f[d].erase(std::unique(f[d].begin(), f[d].end()), f[d].end());
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> all;  // the reference: every posting, sorted at once
  for (std::uint32_t d = 0; d < f.size(); ++d)
    for (std::uint64_t x : f[d]) all.emplace_back(x, d);
  REQUIRE(all.size() > (std::size_t{2} << 20));
  std::sort(all.begin(), all.end());
  std::vector<std::uint64_t> frequent;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::pair<std::uint32_t, double>> shared;
  for (std::size_t i = 0, j = 0; i < all.size(); i = j) {
    while (j < all.size() && all[j].first == all[i].first) ++j;
    if (j - i > 32) frequent.push_back(all[i].first);
    if (j - i < 2 || j - i > 32) continue;
    for (std::size_t x = i; x < j; ++x)
      for (std::size_t y = x + 1; y < j; ++y) {
        auto& s = shared[{all[x].second, all[y].second}];
        ++s.first, s.second += 1.0 / static_cast<double>(j - i - 1);
      }
  }
  CHECK(frequent.size() == 13);
  CHECK(entente::frequent_features(f, 32) == frequent);
  PairIndexOptions o;
  o.max_df = 32;
  o.key_budget = 100000;  // several passes too
  const auto pairs = entente::index_pairs(f, o);
  REQUIRE(shared.size() > 1000);
  REQUIRE(pairs.size() == shared.size());
  std::size_t k = 0;
  for (const auto& [ab, s] : shared) {
    CHECK((pairs[k].a == ab.first && pairs[k].b == ab.second && pairs[k].shared == s.first));
    CHECK(pairs[k].evidence == Approx(s.second));
    ++k;
  }
}
