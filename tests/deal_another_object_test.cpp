// A deal verb whose object says it is one more ("buy another 500,000 tonnes") tells a new deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'would buy another N tonnes' after a purchase is a second deal") {
  auto d = deals_of(
      "On Monday, Chile's Copec group signed a contract to buy one million tonnes of fishmeal from Peru's "
      "Tasa.\n\nChile's farm minister said his country would buy another 500,000 tonnes of Peruvian "
      "fishmeal.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "signed");
  CHECK(d[1].status == "announced");
}

TEST_CASE("the same purchase told again stays one deal") {
  auto d = deals_of(
      "On Monday, Chile signed a contract to buy 300,000 tonnes of Peruvian fishmeal. "
      "The contract to buy the fishmeal was signed in Lima.");
  CHECK(d.size() == 1);
}
