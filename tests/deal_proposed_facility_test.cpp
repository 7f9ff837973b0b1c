// A facility proposed or discussed between two countries is a deal even with no price or builder.
#include "deal_proposed_facility.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'a proposed gas pipeline' between two named countries is a proposed deal") {
  auto d = deals_of(
      "Chilean and Peruvian energy ministers said on Tuesday that a proposed gas pipeline linking Arica with "
      "Tacna could carry gas once it is built.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(d[0].sector == "energy");
}

TEST_CASE("'have discussed a cross-border railway' is a railway under talks") {
  auto d = deals_of("Chile and Peru have discussed a cross-border railway for two decades.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("a proposed facility of one country is no deal") {
  CHECK(
      deals_of("Peru plans a new railway to the coast, and a proposed port is also being studied.").empty());
}
