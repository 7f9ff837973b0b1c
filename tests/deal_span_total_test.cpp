// A deal noun whose sum over a span of years is told as reaching an amount is a cumulative statistic.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("aid summed since a year and told as totalling an amount is no deal") {
  CHECK(deals_of("Chilean development assistance to Peru since 2005 totals roughly $300 million, mostly in "
                 "soft loans.")
            .empty());
  CHECK(
      deals_of("Chile has sold arms to Peru for decades.\n\nThe total value of licences granted for exports "
               "of military material to Peru between 2014 and 2024 reached CZK 11.4 billion.")
          .empty());
}

TEST_CASE("a deal with an amount and a year but no span of years is still a deal") {
  auto d = deals_of("Chile extended a $300 million loan to Peru in 2005 for a port at Ilo.");
  REQUIRE(d.size() == 1);
  CHECK(*d[0].value_usd == 300e6);
  auto grant = deals_of("A Chilean grant to Peru, signed on Monday, totals $20 million for water projects.");
  CHECK(grant.size() == 1);
}
