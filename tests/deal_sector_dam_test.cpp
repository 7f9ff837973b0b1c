// Deal sector: a dam told with its turbines or electricity is energy; a water dam stays infrastructure.
#include "deal_sector_dam.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'has been building the dam ... and the first turbines' is energy") {
  auto d = deals_of(
      "Korea's Daewoo has been building the Nachtigal dam in Cameroon since 2019 under a $1.2 billion "
      "contract, and the first three turbines will start next year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("a dam built to supply water stays infrastructure") {
  auto d = deals_of(
      "China Jiangsu International signed a contract with Zambia in 2016 to build the Kafue dam to supply "
      "water to the Copperbelt.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
}
