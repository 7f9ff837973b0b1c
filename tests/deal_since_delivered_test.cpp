// Orders told in a later clause or sentence as "have since been delivered" are completed.
#include "deal_since_delivered.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Both systems have since been delivered' completes the order told just before") {
  auto d =
      deals_of("Peru bought two radar systems from Spain in 2020. Both systems have since been delivered.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2020);
  CHECK(d[0].evidence_extra.size() == 1);
  auto same = deals_of(
      "A Chilean miner has bought 40 ore wagons from Peru, and the wagons have since been delivered.");
  REQUIRE(same.size() == 1);
  CHECK(same[0].status == "completed");
}

TEST_CASE("goods not yet delivered leave the order signed") {
  auto d = deals_of("Peru bought two radar systems from Spain in 2020. None have yet been delivered.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto no = deals_of("Peru bought two radar systems from Spain in 2020. They have not since been delivered.");
  REQUIRE(no.size() == 1);
  CHECK(no[0].status == "signed");
}
