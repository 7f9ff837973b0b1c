// A project named as what a grant or loan agreement pays for is that deal's purpose, not a second row.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a day between an agreement and its purpose gives no second row") {
  auto d = deals_of("Japan signed a $20 million grant agreement with Zambia on Tuesday for a water project.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
  auto e = deals_of("Korea signed a $45 million loan agreement with Peru on Friday for a new hospital.");
  REQUIRE(e.size() == 1);
}

TEST_CASE("a second agreement after and keeps its row") {
  auto d = deals_of(
      "Japan signed a $20 million loan agreement with Zambia on Tuesday and an agreement for a water "
      "project.");
  CHECK(d.size() == 2);
}

TEST_CASE("a project told after 'Under a ... grant,' is the grant's purpose") {
  auto d = deals_of("Under a $40 million Korean grant, Laos will upgrade its coast guard fleet.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(4e7));
  CHECK(d[0].sector == "defense");
}
