// Two orders of the same goods in one clause, each with its own year.
#include "deal_repeat_order.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'ordered two simulators in 2022 and two more in 2024' is two orders with their own years") {
  auto d =
      deals_of("Peru ordered two Brazilian training simulators from Brazil in 2020 and two more in 2023.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2020);
  CHECK(d[1].year == 2023);
  CHECK(d[0].parties == d[1].parties);
  auto another = deals_of("Chile bought four jets from Spain in 2018, and another four in 2021.");
  REQUIRE(another.size() == 2);
  CHECK(another[1].year == 2021);
}

TEST_CASE("one order with a later delivery year, or a list of other goods, stays one deal") {
  CHECK(deals_of("Peru ordered two training simulators from Brazil in 2020 for delivery in 2023.").size() ==
        1);
  CHECK(deals_of("Chile bought four jets from Spain in 2018 and delivered two in 2021.").size() == 1);
}
