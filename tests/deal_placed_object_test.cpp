// A built object placed in a town the gazetteer knows ("a brewery in Da Nang") is concrete, as one with a
// proper name is; the country's own name, a demonym before a noun or "the US" is no such place.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a firm agreeing to build a plant in a named city states a deal with the city's country") {
  auto d = deals_of("The Polish bakery chain Kreml agreed in 2022 to build a bakery in Lviv.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Poland", "Ukraine"});
}

TEST_CASE("a plant in the country's own name, or the growth in its exports, is no placed object") {
  CHECK(deals_of("The Polish bakery chain Kreml agreed in 2022 to build a bakery in Ukraine.").empty());
  CHECK(deals_of("The Polish bakery chain Kreml agreed in 2022 to build a surge in Ukrainian flour sales.")
            .empty());
}

TEST_CASE("talks over a zone placed in a named city are talks on goods, with the city's country") {
  auto d = deals_of(
      "Pakistan said talks with a Turkish consortium over a free trade zone in Lahore were "
      "continuing.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Pakistan", "Turkey"});
  CHECK(d[0].status == "negotiating");
}
