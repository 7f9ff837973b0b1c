// Power lines and transmission lines are energy projects, as power cables are.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a power line or transmission line is an energy project") {
  auto d = deals_of("Laos and Cambodia discussed a new power line on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
  CHECK(d[0].status == "negotiating");
  auto e = deals_of("Laos signed a contract with Cambodia on Monday for a 230 kV transmission line.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].sector == "energy");
}
