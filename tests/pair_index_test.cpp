// Candidate pairs from the inverted index.
#include "pair_index.h"

#include <catch2/catch.hpp>

TEST_CASE("pairs count shared features, sorted, a < b") {
  const std::vector<std::vector<std::uint64_t>> f = {{1, 2, 3}, {9}, {2, 3, 4}, {3, 9}};
  const entente::PairIndex idx = entente::index_pairs(f, 10);
  REQUIRE(idx.pairs.size() == 4);
  CHECK((idx.pairs[0].a == 0 && idx.pairs[0].b == 2 && idx.pairs[0].shared == 2));
  CHECK((idx.pairs[1].a == 0 && idx.pairs[1].b == 3 && idx.pairs[1].shared == 1));
  CHECK((idx.pairs[2].a == 1 && idx.pairs[2].b == 3 && idx.pairs[2].shared == 1));
  CHECK((idx.pairs[3].a == 2 && idx.pairs[3].b == 3 && idx.pairs[3].shared == 1));
  CHECK(idx.kept == std::vector<std::uint32_t>{3, 1, 3, 2});
}

TEST_CASE("features above the document-frequency cap are boilerplate") {
  const std::vector<std::vector<std::uint64_t>> f = {{1, 5}, {1, 6}, {1, 5}};
  const entente::PairIndex idx = entente::index_pairs(f, 2);
  REQUIRE(idx.pairs.size() == 1);
  CHECK((idx.pairs[0].a == 0 && idx.pairs[0].b == 2));
  CHECK(idx.frequent == std::vector<std::uint64_t>{1});
  CHECK(idx.kept == std::vector<std::uint32_t>{1, 1, 1});
  CHECK(entente::frequent_features(f, 2) == std::vector<std::uint64_t>{1});
}
