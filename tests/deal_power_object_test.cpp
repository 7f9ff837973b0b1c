// Power named by its source ("solar power") is electricity that can be sold; bare "power" stays abstract.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("selling solar power is an energy deal") {
  auto d = deals_of("Chile hopes to sell solar power to Peru through a new interconnector.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
  CHECK(d[0].status == "proposed");
}

TEST_CASE("bare power stays abstract") {
  CHECK(deals_of("Chile hopes to sell power to Peru.").empty());
}
