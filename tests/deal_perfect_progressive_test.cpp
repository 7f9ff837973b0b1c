// A purchase or supply told in the present perfect progressive is under way.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'has been receiving' and 'has also been buying' tell a supply under way") {
  auto got =
      deals_of("Since 2019 Peru has been receiving tank ammunition from Chile under a framework contract.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == "in_progress");
  auto bought = deals_of("Peru has also been buying Chilean ammunition regularly.");
  REQUIRE(bought.size() == 1);
  CHECK(bought[0].status == "in_progress");
}

TEST_CASE("a purchase in the simple past is still signed") {
  auto d = deals_of("Peru bought 40,000 rounds of Chilean tank ammunition in 2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
