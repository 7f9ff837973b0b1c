// "in total" after the price of one order sums its units; it is not a figure of money that moved.
#include "deal_priced_total.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'worth $95 million in total' prices the order it follows") {
  auto d =
      deals_of("Peru has ordered three patrol boats from a shipyard in Chile, worth $95 million in total.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(95e6));
  auto f = deals_of("Chile has bought two cargo ferries from Peru for $40 million in total.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value_usd == Approx(40e6));
}

TEST_CASE("'in total' after an amount with no price word stays a statistic") {
  CHECK(deals_of("Chilean companies have invested $5 billion in total in Peru since 2010.").empty());
}
