// Buying as a habit tells a pattern of trade, not a deal.
#include "deal_habitual_purchase.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("buying for years or at a pace makes no deal") {
  CHECK(deals_of("Peru has bought Brazilian trucks for decades.").empty());
  CHECK(deals_of("Kenya has also bought Indian tractors at a steady pace.").empty());
  CHECK(deals_of("Chile has bought Swedish radars since the 1980s.").empty());
  CHECK(deals_of("For twenty years Bolivia bought almost every truck it owned from Brazil.").empty());
}

TEST_CASE("buying a share of a whole makes no deal") {
  CHECK(deals_of("Ecuador bought most of its patrol boats from Spain.").empty());
}

TEST_CASE("a counted purchase near a span of years is still a deal") {
  auto d = deals_of("Peru bought 12 Brazilian trucks for its army in 2021.");
  CHECK(d.size() == 1);
}

TEST_CASE("buying 'in recent years' or 'over the years' makes no deal") {
  CHECK(deals_of("Mali has also bought trucks from Turkey and India in recent years.").empty());
  CHECK(deals_of("Laos has bought Thai buses over the years.").empty());
}
