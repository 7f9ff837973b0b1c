// A deal's fate told after it: "..., has since been shelved", a loan repaid, the first shipments arrived.
#include <catch2/catch.hpp>

#include "deal_stage.h"
#include "test_deals.h"

TEST_CASE("'the agreement that X signed in 2018, valued at $N, has since been shelved' is cancelled") {
  auto d = deals_of(
      "The port agreement that Peru signed with Chile in 2017, valued at $900 million, has since been "
      "shelved.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].year == 2017);
}

TEST_CASE("a deposit 'which was repaid in full' is completed; one still to be repaid is not") {
  auto d = deals_of(
      "Chile placed a $500 million deposit at the central bank of Peru in 2021, which was repaid in "
      "full in March.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  auto later = deals_of(
      "Chile placed a $500 million deposit at the central bank of Peru in 2021, which will be "
      "repaid in March.");
  REQUIRE(later.size() == 1);
  CHECK(later[0].status != "completed");
}

TEST_CASE("'agreed ... to supply X, and the first shipments arrived in June' is under way") {
  auto d = deals_of(
      "Peru and Chile agreed in 2023 that Chile would supply copper cathodes through the port of Arica, and "
      "the "
      "first shipments arrived in June.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}
