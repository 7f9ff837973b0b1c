// Year: "starting" makes a target year only when it opens the year ("starting in 2028"); "The starting point
// is 2019. That year ..." dates the deal told after it.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a year after 'the starting point is' dates a deal told with 'that year'") {
  auto d = deals_of(
      "Desk\n\n date 2025-05-02 \nThe starting point is 2019. That year Chile signed an agreement with Peru "
      "on a power cable.\n");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].year);
  CHECK(*d[0].year == 2019);
}

TEST_CASE("a supply 'starting in 2028' still takes the story's year, not the start year") {
  auto d = deals_of(
      "Desk\n\n date 2025-05-02 \nChile signed an agreement with Peru on Monday to supply gas for ten years "
      "starting in 2028.\n");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].year);
  CHECK(*d[0].year == 2025);
}
