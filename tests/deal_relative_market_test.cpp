// ", which will open the market to ...": a relative clause telling what the deal before it opens is part of
// that deal, not a market opening of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a market opened in a 'which' clause after a certificates agreement is that agreement") {
  auto d = deals_of(
      "Chile and Peru signed an agreement on phytosanitary certificates for fresh fruit, which will open "
      "the Chilean market to Peruvian mangoes and the Peruvian market to Chilean cherries.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("a lifted ban with a 'which opens' clause is one market opening") {
  auto d = deals_of(
      "Chile lifted its ban on Peruvian grapes on Monday, which opens the Chilean market to Peruvian "
      "growers.");
  CHECK(d.size() == 1);
}
