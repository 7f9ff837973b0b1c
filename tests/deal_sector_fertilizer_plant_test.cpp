// A fertilizer (or urea) plant is an industrial project (other), while fertilizer bought is trade.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a fertilizer plant is other, fertilizer bought is trade") {
  auto plant = deals_of("Chile and Peru signed a deal to build a urea plant in Arequipa in 2024.");
  REQUIRE(plant.size() == 1);
  CHECK(plant[0].sector == "other");
  auto goods = deals_of("Peru bought 200,000 tonnes of fertilizer from Chile in 2024.");
  REQUIRE(goods.size() == 1);
  CHECK(goods[0].sector == "trade");
}
