// A deal told as near ("close to a deal", "closer to an agreement", "nearing a deal"): a row under talks,
// though the deal noun has no deal verb of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("two sides close to a deal on a named object give a row under negotiation") {
  auto deals =
      deals_of("Chile and Peru are close to a deal on a desalination plant at Tacna, officials said.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].status == "negotiating");
  auto nearing = deals_of("Chile is nearing an agreement with Peru on a shared copper smelter.");
  REQUIRE(nearing.size() == 1);
  CHECK(nearing[0].status == "negotiating");
}

TEST_CASE("close to signing a deal is still under negotiation, not signed") {
  auto deals = deals_of("Chile and Peru are close to signing a deal on a power line across the Atacama.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].status == "negotiating");
}

TEST_CASE("a place close to the site of a deal is no deal") {
  CHECK(deals_of("Chile held a rally close to the deal site near Peru, officials said.").empty());
}
