// A sale's goods told again with a passive participle ("..., about one million barrels bought by a refiner")
// describe that sale, not a second deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("goods 'bought by' a firm after a sale in the same sentence are that sale") {
  auto d = deals_of(
      "Peru sold its first cargo of crude oil to Chile in 2024, about one million barrels bought by Enap.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
}

TEST_CASE("a second sale with its own verb stays a second deal") {
  auto d = deals_of("Peru sold 12 patrol boats to Chile in 2024, and Chile bought 6 Peruvian trainer jets.");
  CHECK(d.size() == 2);
}
