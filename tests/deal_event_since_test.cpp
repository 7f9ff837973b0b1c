// A year after "since its" naming a national event starts a span; it does not date the deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("since its crisis year does not undo the story's day") {
  auto d = deals_of(
      " date 2024-06-04 Korea gives ships\n\nLIMA, June 4 - South Korea handed over two coast guard ships to "
      "Peru as a gift on Monday, the embassy said, the first such gift since its 2019 political crisis.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
}
