// A stake bought is named by what it is a stake in, hyphened compounds whole.
#include "deal_stake_item.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'buy a 20 percent stake in the copper-to-cable business of X' has the stake as its item") {
  auto d = deals_of(
      "A Chilean miner is in talks to buy a 20 percent stake in the copper-to-cable business of Peru's "
      "largest "
      "wire maker.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("stake in the copper-to-cable business") == 0);
  CHECK(d[0].status == "negotiating");
  auto bought = deals_of("Chile bought a 49% stake in the Callao container terminal of Peru in 2019.");
  REQUIRE(bought.size() == 1);
  CHECK(bought[0].item == "stake in the Callao container terminal of Peru");
}
