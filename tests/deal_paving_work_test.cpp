// Road or track material laid is the work on a project, not a deal of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("crews laying asphalt tell no deal of their own") {
  auto d = deals_of(
      "Turkish contractors are building a 90-km motorway in Kosovo, financed by a $200 million loan from "
      "Turkey. Work crews from the Turkish builder were laying asphalt on the first 30 km this week.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}
