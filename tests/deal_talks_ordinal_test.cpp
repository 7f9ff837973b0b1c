// Talks about one more unit named by an ordinal: "in talks on a third ship".
#include "deal_talks_ordinal.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'in talks on a third ship' is a purchase under negotiation, with the earlier ships' sector") {
  auto d = deals_of(
      "Peru signed a contract with Chile for two patrol ships on Monday. Peru and Chile are also in talks on "
      "a "
      "third ship.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].status == "negotiating");
  CHECK(d[1].item.find("third ship") != std::string::npos);
  CHECK(d[1].sector == "defense");
  auto sub = deals_of("Brazil and Peru are in talks on a second submarine.");
  REQUIRE(sub.size() == 1);
  CHECK(sub[0].status == "negotiating");
}

TEST_CASE("talks on a second round or with a third party are not goods") {
  CHECK(deals_of("Brazil and Peru are in talks on a second round of tariff cuts.").empty());
  CHECK(deals_of("Brazil and Peru are in talks on a third party for the mediation.").empty());
}
