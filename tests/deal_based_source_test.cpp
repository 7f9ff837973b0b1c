// Names that look like a country but are no side: the base of a commentator ("said a Singapore-based
// economist") and a province whose name holds a demonym ("Lao Cai", "Thai Nguyen").
#include <catch2/catch.hpp>

#include "deal_party_drops.h"
#include "test_deals.h"

TEST_CASE("the country a commentator is based in is no side") {
  auto d = deals_of(
      "\"Nobody wants to be the next Pakistan,\" said a Qatar-based economist, referring to the port that "
      "Islamabad leased to a Chinese company in 2015.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"China", "Pakistan"});
}

TEST_CASE("a province whose name holds a demonym names no country") {
  auto d = deals_of("Vietnam signed a contract with Japan in May for a highway from Thai Nguyen to Lao Cai.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Vietnam"});
}
