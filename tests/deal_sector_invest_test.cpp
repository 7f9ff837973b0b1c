// A fund's deal "to co-invest ... in" projects takes the projects' sector; "renewable" names energy.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a fund-to-fund deal to invest in wind farms is energy, not finance") {
  auto d = deals_of(
      "Norway's sovereign wealth fund signed a deal with Chile's state development fund on Monday to "
      "co-invest $800 million in offshore wind farms in the south of Chile.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Norway"});
  CHECK(d[0].sector == "energy");
}

TEST_CASE("a pledge for renewable projects is energy") {
  auto d = deals_of("Qatar pledged $2 billion on Monday for renewable projects in Morocco.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}
