// Sector words for civil works that other words outranked: flood-control equipment is not arms, a transit
// trade agreement is trade, dredging a port channel is infrastructure.
#include <catch2/catch.hpp>

#include "deal_sector.h"
#include "test_deals.h"

TEST_CASE("a grant for flood-control equipment is not defense") {
  auto d = deals_of("Peru will give Chile a grant of $20 million for flood-control equipment in Arica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
}

TEST_CASE(
    "a transit trade agreement is trade; a contract to deepen a port's approach channel is infrastructure") {
  auto t = deals_of("Peru and Bolivia signed a transit trade agreement in March.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].sector == "trade");
  auto c = deals_of(
      "A Chilean firm won a $45 million contract from Peru to deepen the approach channel at Callao.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].sector == "infrastructure");
}
