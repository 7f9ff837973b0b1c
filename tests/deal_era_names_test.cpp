// A country named only to date something ("the Soviet-era tanks") is no side of the deal.
#include "deal_era_names.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a country named only before '-era' is no side") {
  auto d = deals_of(
      "Spain sells tanks to Chile. The first batch of 40 tanks was ordered in 2022, when Chile "
      "was rushing to replace the Soviet-era T-55s it had given away.");
  REQUIRE(!d.empty());
  CHECK(d.back().parties == std::vector<std::string>{"Chile", "Spain"});
}

TEST_CASE("a country named as an era and as a seller stays a side") {
  auto d = deals_of("Chile ordered 40 Soviet-era tanks from Russia in 2022.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Russia"});
}
