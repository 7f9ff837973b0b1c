// An order for a counted part of goods ("for 212 of the guns") names a concrete object.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an earlier order for a counted part of the goods is a deal of its own") {
  auto d = deals_of(
      "Romania signed a deal with Turkey on Monday to buy 18 Bayraktar drones for $300 million. It follows "
      "an earlier order for six of the drones in 2022.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].year == 2022);
  CHECK(d[1].status == "signed");
}
