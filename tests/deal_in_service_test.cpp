// An order whose first units entered service, or whose units are entering service now, is under way.
#include "deal_in_service.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an order whose first units entered service is in progress") {
  auto d = deals_of(
      "Morocco bought twelve Turkish Akinci drones in 2022, and the first of them entered service last "
      "spring.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].year == 2022);
  auto now = deals_of("The four Korean frigates ordered by Peru in 2021 are only now entering service.");
  REQUIRE(now.size() == 1);
  CHECK(now[0].status == "in_progress");
}

TEST_CASE("units that all entered service leave the order's own status") {
  auto d = deals_of("Chile bought six Spanish patrol aircraft in 2015; they entered service in 2018.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
