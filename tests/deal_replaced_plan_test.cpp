// A planned deal that a new deal replaces is dropped (cancelled); a new deal that replaces it is not.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a planned order that a new contract replaces is cancelled") {
  auto d = deals_of(
      "Chile signed a contract with Peru on Monday for six patrol boats. "
      "The contract replaces a planned order for Spanish patrol boats.");
  bool found = false;
  for (const auto& x : d) {
    bool spain = false;
    for (const auto& p : x.parties) spain |= p == "Spain";
    if (!spain) continue;
    found = true;
    CHECK(x.status == "cancelled");
  }
  CHECK(found);
}

TEST_CASE("a plan replaced by a contract leaves the contract signed") {
  auto d = deals_of("Chile signed a contract with Peru on Monday for six patrol boats.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
