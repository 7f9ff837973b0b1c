// A plan told with "intends to" is proposed; "plough" money into a place is an investment verb.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a plan with a value but no deal noun, told with 'intends to', is proposed") {
  auto d = deals_of("Oslo intends to put $500 million into Chilean lithium mines.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto e = deals_of("Vienna intends to invest 300 million euros in Serbian wind farms.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].status == "proposed");
}

TEST_CASE("money ploughed into a country's plants is an investment") {
  auto d = deals_of("Norway ploughed $500 million into Chilean copper mines in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(deals_of("Norway hopes to plough $500 million into Chilean copper mines.").size() == 1);
}
