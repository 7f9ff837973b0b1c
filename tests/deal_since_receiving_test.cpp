// A supply received since a year is dated by that year, like one supplied since it.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Since 2019 Peru has been receiving ammunition' is an ongoing supply from 2019") {
  auto d = deals_of(
      "Since 2019 Peru has been receiving tank ammunition from Chile under a framework contract, and "
      "deliveries continue this year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2019);
  CHECK(d[0].status == "in_progress");
}
