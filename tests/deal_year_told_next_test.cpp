// "The purchase was made in 2024." after a deal told without a year dates that deal.
#include "deal_year_told_next.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The purchase was made in 2024.' dates the purchase just told") {
  auto d = deals_of("Chile bought 40 hopper wagons from Peru. The purchase was made in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("a deal with a written year of its own, or a place instead of a date, keeps its year") {
  auto d = deals_of("Chile bought 40 hopper wagons from Peru in 2023. The purchase was made in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2023);
  auto p = deals_of("Chile bought 40 hopper wagons from Peru. The purchase was made in Lima.");
  REQUIRE(p.size() == 1);
  CHECK(!p[0].year);
}
