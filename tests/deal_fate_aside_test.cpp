// Deal status: a deal's fate told after an aside, and "dropped" as a fate verb; "any" deal is no deal.
#include "deal_fate_aside.h"

#include <catch2/catch.hpp>

#include "deal_any_hypothetical.h"
#include "test_deals.h"

TEST_CASE("'A proposed deal for X, discussed in 2019, was dropped' is cancelled") {
  auto d =
      deals_of("A proposed deal for Kenyan tea with Egypt, discussed in 2019, was dropped after the vote.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}

TEST_CASE("'A proposed deal for X with Y was dropped in 2021' is a cancelled deal") {
  auto d = deals_of("A proposed deal for patrol boats with Ghana was dropped in 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}

TEST_CASE("'made any new arms agreement with Kenya difficult' adds no deal") {
  auto d = deals_of(
      "A proposed deal for patrol boats with Ghana, discussed in 2020, was cancelled after the coup made any "
      "new arms agreement with Ghana politically difficult.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}
