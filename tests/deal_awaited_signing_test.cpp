// A deal named only as the signing a clause waits for ("before a contract is signed") is no deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a contract a clause waits for ('before ... is signed') is no deal of its own") {
  auto d =
      deals_of("Chile lent $300 million to Peru in 2025 for a port, before a supply contract is signed.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  auto u = deals_of("Chile will not lend to Peru until the purchase agreement is finalised.");
  CHECK(u.empty());
}

TEST_CASE("a contract signed before a date stays a deal") {
  auto d = deals_of("Chile signed a contract with Peru for six patrol boats before the election in 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
