// Orders told as delivered in full through a relative clause without "which" or "that".
#include "deal_delivered_all.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'took delivery of all four radars it ordered in 2021' is a completed order") {
  auto d =
      deals_of("Peru has taken delivery of all six Brazilian patrol boats it ordered from Brazil in 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2021);
  auto received = deals_of("Chile received the three Spanish frigates they bought from Spain in 2019.");
  REQUIRE(received.size() == 1);
  CHECK(received[0].status == "completed");
}

TEST_CASE("a delivery still awaited or only begun leaves the order signed or under way") {
  auto yet = deals_of(
      "Peru has yet to take delivery of the six Brazilian patrol boats it ordered from Brazil in 2021.");
  REQUIRE(yet.size() == 1);
  CHECK(yet[0].status != "completed");
  auto first = deals_of(
      "Peru has taken delivery of the first two of the six patrol boats it ordered from Brazil in 2021.");
  REQUIRE(first.size() == 1);
  CHECK(first[0].status == "in_progress");
}
