// A deal noun that modifies another noun names no deal: "binding treaty action", "contract law".
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'recommends binding treaty action' after a treaty told is no second deal") {
  auto d = deals_of(
      "The committee examined the Andes Treaty, a 30-year agreement on water sharing that Chile and Peru "
      "signed "
      "on 2 May 2024, and recommends binding treaty action.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("action") == std::string::npos);
  CHECK(deals_of("Chile and Peru are reviewing their contract law.").empty());
}
