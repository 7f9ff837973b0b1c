// Security pacts and policing are defence; a social security agreement is not.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a security agreement or pact is a defence deal") {
  auto d = deals_of("Vanuatu signed a security agreement with Australia in December 2022.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto p = deals_of("Kiribati received Chinese policing advisers under a deal signed with China in 2022.");
  REQUIRE(!p.empty());
  CHECK(p[0].sector == "defense");
}

TEST_CASE("a social security agreement is no defence deal") {
  auto d = deals_of("India and Japan signed a social security agreement in May 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
}
