// Sector words that were missing: farm machinery is trade (not arms, though "equipment" is a defence word),
// and healthcare is health.
#include <catch2/catch.hpp>

#include "deal_sector.h"
#include "test_deals.h"

TEST_CASE("a supply of agricultural equipment or tractors is trade, not defense") {
  auto d = deals_of(
      "Ghana received the first batch of agricultural equipment under a $30 million facility from Poland.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto t = deals_of("Poland and Ghana signed a contract for the supply of 500 tractors in March.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].sector == "trade");
}

TEST_CASE("a memorandum on healthcare is health") {
  auto d =
      deals_of("Chile and Peru signed a memorandum on cooperation in the field of healthcare on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "health");
}
