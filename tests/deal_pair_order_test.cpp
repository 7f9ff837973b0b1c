// A one-sided deal whose sentence names both of the story's countries takes the story's first one (the one
// named most), not the first in alphabetical order.
#include <catch2/catch.hpp>

#include "deal_parties.h"
#include "test_deals.h"

TEST_CASE("a lone outsider's deal takes the story's first country when the sentence names both") {
  auto d = deals_of(
      "Peru buys from everyone. Peru signed a port deal with Chile in 2020. So Peru let it be known that a "
      "Chilean firm had offered to build a plant, and American negotiators came back with a better draft "
      "of a civil nuclear agreement.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Peru", "United States"});
}
