// A project built "under a loan" is one deal with the loan's amount, not a project and a loan.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a project built under a loan is one row with the loan's amount") {
  auto d = deals_of(
      "Korean contractors are building a 40-km ring road in Ulaanbaatar under a $300 million loan "
      "from South Korea to Mongolia.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].value_usd == Approx(3e8));
}
