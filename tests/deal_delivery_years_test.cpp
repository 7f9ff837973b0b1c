// Deal count and year: one order delivered over two years is one deal, not dated by its delivery years.
#include "deal_delivery_years.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'delivered the first two X in 2012 and two more in 2016' is one deal without a year") {
  auto d = deals_of("Korea delivered the first two patrol ships to Peru in 2012 and two more in 2016.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("'shipped six cranes to Ghana in 2018 and 2020' takes no delivery year") {
  auto d = deals_of("Finland shipped six port cranes to Ghana in 2018 and 2020.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("a delivery in one year keeps its year") {
  auto d = deals_of("Finland shipped six port cranes to Ghana in 2018.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2018);
}
