// Goods told as delivered in the passive are a completed delivery when they are counted or named.
#include "deal_passive_arrival.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("named or counted goods that were delivered are a completed delivery") {
  auto d = deals_of(
      "Kenya's navy is small. The Vanguard patrol boats, six of them, were delivered from Turkey in 2022.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].sector == "defense");
  CHECK(d[0].parties == std::vector<std::string>{"Kenya", "Turkey"});
  auto counted = deals_of("Four Korean K9 howitzers have been handed over to Estonia.");
  REQUIRE(counted.size() == 1);
  CHECK(counted[0].parties == std::vector<std::string>{"Estonia", "South Korea"});
  CHECK(counted[0].status == "completed");
}

TEST_CASE("passive deliveries that are no delivery of their own are no new deal") {
  CHECK(deals_of("The speech was delivered in Nairobi by the president of Kenya.").empty());
  // Units of an order told before stay with that order.
  auto d = deals_of("Chile bought 12 Hawk jets from Britain in 2020. All 12 jets have now been delivered.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2020);
}
