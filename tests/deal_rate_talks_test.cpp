// A yearly rate in a supply the sides discussed or agreed is a term of that deal, not a trade statistic.
#include "deal_rate_talks.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'discussed the supply of ... 2 mln tonnes per year' is a supply under negotiation") {
  auto d = deals_of(
      "The parties also discussed the supply of Peruvian copper concentrate to Chile in the amount of 2 mln "
      "tonnes per year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("a yearly volume told without talks stays a statistic") {
  auto d = deals_of("Peru exports of copper concentrate to Chile reach 2 million tonnes per year.");
  CHECK(d.empty());
}
