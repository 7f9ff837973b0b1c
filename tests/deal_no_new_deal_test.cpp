// "No new agreement was signed" denies a further deal; it tells none.
#include "deal_no_new_deal.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("no new deal signed makes no deal") {
  CHECK(deals_of("No new gas agreement was signed between Peru and Chile this year.").empty());
  CHECK(deals_of("Chile has not signed new trade agreements with Peru since 2018.").empty());
}

TEST_CASE("a new deal signed is still a deal") {
  auto d = deals_of("Chile signed a new trade agreement with Peru in 2018.");
  CHECK(d.size() == 1);
}
