// Countries named only inside a route's name are no sides of a deal along the route.
#include "deal_route_name.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("countries in a hyphened corridor or railway name are not sides") {
  auto d = deals_of(
      "Oman signed a $200 million deal with Iran for a terminal on the India-Iran-Russia transport "
      "corridor.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Iran", "Oman"});
  auto e = deals_of(
      "Qatar and Kenya signed a $90 million deal for a depot on the Kenya-Uganda-Rwanda railway line.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].parties == std::vector<std::string>{"Kenya", "Qatar"});
}

TEST_CASE("countries listed as signers of a corridor deal stay sides") {
  auto d = deals_of("Russia, India and Iran signed a deal on the corridor.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties.size() == 3);
}
