// A part told after "Among them" takes the year of the umbrella told in the sentence before.
#include "deal_year_among.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a part after 'Among them' takes the year of the sentence before") {
  auto d = deals_of(
      "During a visit to Lima in 2017, Norway and Peru signed agreements worth about $900 million. Among "
      "them, a Norwegian firm signed a contract to build a fish farm in Peru.");
  REQUIRE(d.size() >= 2);
  CHECK(d.back().year == 2017);
  // Without the opening, a sentence told with no time has no year.
  auto n = deals_of(
      "During a visit to Lima in 2017, Norway and Peru signed agreements worth about $900 million. "
      "Separately, a Norwegian firm signed a contract to build a fish farm in Peru.");
  REQUIRE(n.size() >= 2);
  CHECK_FALSE(n.back().year);
}
