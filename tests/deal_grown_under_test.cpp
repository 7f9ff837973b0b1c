// An agreement named as the frame trade has grown under is no deal told.
#include "deal_grown_under.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("agreements that trade 'has grown strongly under' are no deals") {
  CHECK(
      deals_of("The ministers said trade between Chile and Peru has grown strongly under the Chile-Peru Free "
               "Trade Agreement and the Pacific Alliance framework agreement.")
          .empty());
}

TEST_CASE("an agreement signed in the growth sentence is still a deal") {
  auto d =
      deals_of("Trade between Chile and Peru has grown since they signed a free trade agreement in 2009.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2009);
}

TEST_CASE("an agreement trade grew under, signed in the same clause, is still a deal") {
  auto d = deals_of(
      "Peruvian exports to Chile rose sharply under the trade agreement the two countries signed in 2009.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2009);
}
