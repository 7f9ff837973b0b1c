// A running total of investment that reached an amount is a statistic, not a deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("investment that reached an amount is a statistic") {
  CHECK(
      deals_of("Korean investment in Uzbekistan reached 4 billion euros in 2023, the agency said.").empty());
  CHECK(deals_of("Qatari investment in Kenya hit $2.5 billion last year.").empty());
}

TEST_CASE("a deal reached between two countries is still a deal") {
  auto d = deals_of(
      "Uzbekistan and South Korea reached an agreement on Monday on a $300 million investment in a "
      "textile plant.");
  REQUIRE(d.size() == 1);
}
