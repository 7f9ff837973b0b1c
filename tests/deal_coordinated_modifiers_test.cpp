// Two field words joined by "and" before a deal noun both belong to the item.
#include "deal_coordinated_modifiers.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'a defence and economic cooperation agreement' keeps 'defence and' in the item") {
  auto d = deals_of("Peru and Chile concluded a defence and economic cooperation agreement in March 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "defence and economic cooperation agreement");
}

TEST_CASE("a country before 'and' is no modifier of the deal noun") {
  auto d = deals_of("Peru and Chile concluded a trade agreement in March 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "trade agreement");
}
