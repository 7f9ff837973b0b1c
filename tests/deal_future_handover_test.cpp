// Handovers still to come of an order told before tell no deal of their own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("units of an order still to be built and handed over are no deal of their own") {
  auto d = deals_of(
      "Vietnam signed a contract with South Korea on Monday for six patrol ships. The first two ships are to "
      "be "
      "built in South Korea and handed over from 2028, with the remaining four to be completed by 2030.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto e = deals_of(
      "Peru ordered four frigates from Spain in March. The last two frigates will be delivered in 2031, the "
      "navy said.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].status == "signed");
}

TEST_CASE("units already handed over still tell the order's stage") {
  auto d = deals_of(
      "Vietnam signed a contract with South Korea in 2019 for six patrol ships. The first two ships were "
      "handed "
      "over in 2022.");
  bool told = false;
  for (const auto& x : d) told |= x.status == "completed" || x.status == "in_progress";
  CHECK(told);
}
