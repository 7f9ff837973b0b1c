// A deal carried on since a year is under way and dated by that year; talks since a year are not.
#include "deal_since_ongoing.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a supply or works carried on since a year is under way from that year") {
  auto d = deals_of("Since 2017 Portugal has supplied trams to Moroccan cities.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].year == 2017);
  auto b = deals_of("Portugal has exported wind turbines to Morocco since 2016.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].status == "in_progress");
  CHECK(b[0].year == 2016);
}

TEST_CASE("talks since a year keep no year and are not under way") {
  auto d = deals_of("Peru and Norway have discussed a fisheries agreement since 2020.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK_FALSE(d[0].year);
}
