// Deal status: stalled talks are still a negotiation, not a cancelled deal.
#include "deal_stalled_talks.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Talks on the purchase of X stalled in March' is negotiating") {
  auto d = deals_of(
      "Talks on the purchase of six Korean FA-50 jets by Peru, valued at $600 million, stalled in March over "
      "the price.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("a purchase that was cancelled stays cancelled") {
  auto d = deals_of("Peru cancelled the purchase of six Korean FA-50 jets in March.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}
