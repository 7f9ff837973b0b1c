// Data and fibre-optic cables are projects of infrastructure; a loan for water networks is infrastructure.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a data cable or fibre-optic cable is an infrastructure project") {
  auto d = deals_of("Chile and Japan are negotiating a subsea data cable across the Pacific.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
  auto e = deals_of("Portugal and Morocco signed a deal for a fibre-optic cable.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].sector == "infrastructure");
}

TEST_CASE("a loan to rebuild water networks is infrastructure") {
  auto d = deals_of("Germany signed a 150 million euro loan with Jordan to rebuild water networks in Amman.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
}
