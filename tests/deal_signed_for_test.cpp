// "signed for" a counted object is a purchase verb: the buyer signs for the goods.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'signed for' goods from a country is a purchase") {
  auto d = deals_of("Peru signed for 24 Gripen fighters from Sweden in May 2024.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Gripen"));
  CHECK(d[0].status == "signed");
  CHECK(deals_of("Chile signs for six frigates from Spain.").size() == 1);
}
