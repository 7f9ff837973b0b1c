// Uranium and nuclear fuel are energy goods ("agreed to supply uranium" is a supply deal of the energy
// sector), while uranium mining stays a mining deal (other).
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a supply of uranium is an energy deal") {
  auto deals = deals_of("Chile agreed to supply uranium to Peru in 2024.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].sector == "energy");
  CHECK(deals[0].year == 2024);
}

TEST_CASE("a uranium mining venture is other") {
  auto deals = deals_of("Chile and Peru signed a deal on uranium mining and exploration in 2024.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].sector == "other");
}
