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

TEST_CASE("a fund's memorandum to invest in nickel keeps its own field in an energy story") {
  auto d = deals_of(
      "Oman's fund bought a stake in a Spanish gas grid. Oman's fund also agreed to build a solar plant in "
      "Egypt. Oman's fund signed a memorandum with Kenya's fund to co-invest $1 billion in Kenyan nickel "
      "processing plants.");
  REQUIRE(d.size() == 3);
  CHECK(d[2].sector == "other");
}
