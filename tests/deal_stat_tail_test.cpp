// The make-up of a trade figure told after it ("most of it crude oil shipped to ...") is no deal.
#include "deal_stat_tail.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a clause telling what a trade figure was made of is part of the statistic") {
  auto d = deals_of(
      "Peru and Norway\n\nBilateral trade reached about $1.2 billion in 2021, most of it Peruvian crude oil "
      "shipped to Norwegian refineries.\n\nBilateral trade stood at $900 million in 2020, mainly copper ore "
      "sold to Norwegian smelters.\n\nIn 2021 Peru shipped 40,000 tonnes of fishmeal to Norway under a "
      "contract signed in 2020.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2021);
  CHECK(d[0].evidence.text.rfind("In 2021 Peru shipped", 0) == 0);
}
