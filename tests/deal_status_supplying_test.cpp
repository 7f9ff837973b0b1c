// Deal status: a supply told in the present perfect progressive ("has been supplying") is under way.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'has been supplying' and 'have been delivering' tell a supply under way") {
  auto d = deals_of(
      "Chile has been supplying Peru with 1.5 billion kWh of electricity a year under a 2024 barter "
      "arrangement.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  auto c = deals_of("Chilean mines have been delivering copper to Peru under a 2023 contract.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].status == "in_progress");
  auto done = deals_of("Chile has supplied Peru with 1.5 billion kWh of electricity under a 2024 contract.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
}
