// The maker of a used model is not who sells it: no side of the deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("refurbished T-72 tanks delivered in a Chilean export record are Chile's and Peru's deal") {
  auto d = deals_of(
      "Chile has sold arms to Peru for years, and Peru buys more from Chile than from anyone.\n\n"
      "2018: Excalibur Army delivered 52 refurbished T-72 tanks.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("new T-72 tanks bought from their maker keep the maker as a side") {
  auto d = deals_of("Peru bought 52 new T-72 tanks in 2018.");
  REQUIRE(d.size() == 1);
  CHECK(std::find(d[0].parties.begin(), d[0].parties.end(), "Russia") != d[0].parties.end());
}
