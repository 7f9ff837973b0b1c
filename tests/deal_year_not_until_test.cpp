// Year: a cleft "It was not until March 2019 that ..." dates the event told after it; it is no deadline.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'it was not until YEAR that' gives the deal its year, not the dateline's") {
  auto d = deals_of(
      "Desk\n\n date 2025-05-02 \nIt was not until March 2019 that Chile resumed aid to Peru, with a loan of "
      "$200 million for roads.\n");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].year);
  CHECK(*d[0].year == 2019);
}
