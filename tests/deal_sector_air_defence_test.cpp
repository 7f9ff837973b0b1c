// Named air-defence systems (NASAMS, IRIS-T, Patriot) bought abroad are defence.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("named air-defence systems are defence") {
  auto d = deals_of("Peru bought its first two NASAMS batteries from Norway in 2020.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto i = deals_of("Chile signed a contract with Germany in 2024 for three IRIS-T SLM units.");
  REQUIRE(i.size() == 1);
  CHECK(i[0].sector == "defense");
}
