// A running total of aid ("has topped 3 billion euros since 2020") is a statistic, not a deal.
#include "deal_cumulative_aid.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("aid that 'has topped' an amount since a year is no deal") {
  CHECK(deals_of("Spain's military aid to Chile has topped 3 billion euros since 2020, the ministry said.")
            .empty());
  CHECK(deals_of("Norway's development assistance to Kenya has now exceeded $900 million, officials said.")
            .empty());
}

TEST_CASE("aid pledged or worth an amount is still a deal") {
  CHECK(deals_of("Spain pledged military aid worth 3 billion euros to Chile on Monday.").size() == 1);
  CHECK(deals_of("Norway has approved development assistance of $90 million for Kenya.").size() == 1);
}
