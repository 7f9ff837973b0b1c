// A fund named as an institution is an actor, not a deal; a fund two countries set up stays a deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a state investment fund followed by its name is no deal of its own") {
  auto d =
      deals_of("Chile's state investment fund Corfo will provide a $1.5 billion loan to Peru for the port.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
}

TEST_CASE("a joint investment fund set up by two countries stays a deal") {
  auto d = deals_of("Chile and Peru agreed on Monday to set up a $1 billion joint investment fund.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd);
}
