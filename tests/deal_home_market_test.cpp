// Money raised at home ("sell bonds at home", "raise the money domestically") has no foreign side.
#include "deal_home_market.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a sale told as made at home is no deal between countries") {
  auto d =
      deals_of("China lent Ghana $500 million in 2023 for a port. Accra now plans to sell bonds at home.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(deals_of("Egypt will raise the money domestically by selling bonds, after talks with Japan stalled.")
            .empty());
}

TEST_CASE("a home act told as the alternative leaves the deal") {
  auto d = deals_of(
      "Officials in Cairo say they want to buy Korean howitzers rather than build everything at home.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Egypt", "South Korea"});
}
