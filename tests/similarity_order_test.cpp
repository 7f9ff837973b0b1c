// Similarity ordering: similar documents end up adjacent; the result is a permutation.
#include "similarity_order.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace {

entente::OverlapPair pair(int a, int b, double score) {
  entente::OverlapPair p;
  p.a = a;
  p.b = b;
  p.score = score;
  return p;
}

int position(const std::vector<int>& order, int row) {
  return static_cast<int>(std::find(order.begin(), order.end(), row) - order.begin());
}

}  // namespace

TEST_CASE("similar documents become neighbours") {
  entente::OverlapResult r;
  r.pairs = {pair(0, 3, 0.9), pair(1, 4, 0.8), pair(2, 5, 0.7), pair(0, 1, 0.05)};
  const std::vector<int> order = entente::similarity_order({0, 1, 2, 3, 4, 5}, r);
  std::vector<int> sorted = order;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == std::vector<int>{0, 1, 2, 3, 4, 5});
  CHECK(std::abs(position(order, 0) - position(order, 3)) == 1);
  CHECK(std::abs(position(order, 1) - position(order, 4)) == 1);
  CHECK(std::abs(position(order, 2) - position(order, 5)) == 1);
}

TEST_CASE("no pairs keeps a valid permutation; ids map to rows") {
  entente::OverlapResult r;
  r.pairs = {pair(10, 30, 0.9)};
  const std::vector<int> order = entente::similarity_order({10, 20, 30}, r);
  REQUIRE(order.size() == 3);
  CHECK(std::abs(position(order, 0) - position(order, 2)) == 1);
  CHECK(entente::similarity_order({}, r).empty());
}
