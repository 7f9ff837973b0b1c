// A year told after an amount aside closes the deal's clause: "signed a loan for a new port, worth 180
// million euros, in 2023" is a 2023 deal, not one of the dateline's year.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a year after an amount aside is the deal's year") {
  auto deals = deals_of(
      " date 2026-02-03 Chile lends\n\nLIMA, Feb 3 - Chile and Peru signed a loan for a fishing port, worth "
      "90 "
      "million euros, in 2023.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].year == 2023);
  auto bare = deals_of(
      " date 2026-02-03 Chile lends\n\nLIMA, Feb 3 - Chile and Peru signed a loan for a fishing port, 90 "
      "million euros, in 2023, and work began last year.");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].year == 2023);
}

TEST_CASE("the amount of the aside stays the deal's value") {
  auto deals = deals_of(
      " date 2026-02-03 Chile lends\n\nLIMA, Feb 3 - Chile and Peru signed a loan for a fishing port, worth "
      "90 "
      "million euros, in 2023.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].value == 90e6);
}
