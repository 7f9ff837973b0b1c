// Deal status: a signed deal told as suspended, or dropped after "and then", is cancelled.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'bought X in 2018, and then dropped the plan in 2021' is cancelled") {
  auto d = deals_of(
      "Egypt bought Russian Su-35 fighters in 2018 under a barter deal for cotton, and then dropped the plan "
      "in "
      "2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}

TEST_CASE("'signed a contract for X in 2023, which was suspended last year' is cancelled") {
  auto d = deals_of(
      "Ghana signed a contract with Spain in 2023 for four patrol boats, which was suspended last year over "
      "payment arrears.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}

TEST_CASE("'signed a contract for X and then delivered them' is not cancelled") {
  auto d =
      deals_of("Spain signed a contract with Ghana in 2020 for four patrol boats and then delivered them.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status != "cancelled");
}
