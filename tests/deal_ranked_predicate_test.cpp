// A deal noun ranked by a superlative after a copula restates a deal told before.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal ranked after a copula is no deal of its own") {
  auto d = deals_of(
      "Chile signed a contract with China on Monday to buy 200 electric buses. The order is the largest "
      "single "
      "purchase of Chinese vehicles in South America.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("a ranked deal with no deal told before is still a deal") {
  auto d = deals_of(
      "Chile said it was the largest buyer of Chinese buses, and signed a contract with China for 200 "
      "more.");
  CHECK(!d.empty());
}
