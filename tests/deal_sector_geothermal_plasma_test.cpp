// Sector words: geothermal power is energy, a blood plasma centre is health ("a loan for the Tacna geothermal
// programme", "a deal for a blood plasma processing centre").
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a loan for a geothermal programme is energy") {
  auto deals = deals_of(
      "Chile signed an agreement with Peru on Monday to lend 90 million dollars for the Tacna geothermal "
      "programme.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].sector == "energy");
}

TEST_CASE("a blood plasma processing centre is health") {
  auto deals =
      deals_of("Chile and Peru signed a deal on Monday for a blood plasma processing centre in Lima.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].sector == "health");
}
