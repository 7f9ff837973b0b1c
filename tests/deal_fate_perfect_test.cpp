// A deal's fate told in the perfect after an aside ("..., has since been shelved"), and a loan repaid.
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
