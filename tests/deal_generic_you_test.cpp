// A verb of generic "you" in a quote tells no deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a purchase told of generic you is no deal") {
  auto d = deals_of(
      "Chile signed a contract with Sweden on Monday to buy six Gripen fighters. \"When you buy a fighter, "
      "you also buy thirty years of spare parts,\" said an analyst in Santiago.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
