// "with eight ships taking part": "ships" after a count is a noun, not the verb "ships".
#include "deal_counted_noun.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'with eight ships taking part' tells the exercise's size, not a shipment") {
  auto d = deals_of(
      "Chilean and Peruvian navies held a joint exercise off Arica in May, with eight ships taking part.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
}

TEST_CASE("'ships' after its subject stays the verb") {
  auto d = deals_of("Chile ships 2 million tonnes of copper to Peru under a 2024 supply contract.");
  REQUIRE(!d.empty());
}
