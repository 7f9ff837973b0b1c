// An earlier deal told by its noun after a new one is a signed deal of its own, not more of the new one.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an earlier order told after a new one keeps its own row") {
  auto d = deals_of(
      "Indonesia signed a deal with Brazil on Monday to buy 12 Super Tucano aircraft. The deal follows an "
      "earlier order for eight Super Tucanos in 2012.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].status == "signed");
  CHECK(d[1].year == 2012);
  CHECK(!d[0].year.has_value());
}
