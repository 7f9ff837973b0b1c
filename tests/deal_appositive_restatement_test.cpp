// A deal noun in an apposition that describes the deal just told is no deal of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an apposition restating the deal adds no row") {
  auto d = deals_of(
      "Japan agreed on Monday to provide three radar systems to Vietnam under its aid programme, a grant "
      "that "
      "does not have to be repaid.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto e = deals_of(
      "Japan agreed on Monday to lend Vietnam 20 billion yen for a metro line, a loan that runs "
      "for 40 years.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].sector == "infrastructure");
}

TEST_CASE("a second deal after a comma is still a deal") {
  auto d = deals_of(
      "Japan agreed on Monday to provide three radar systems to Vietnam, and signed a loan for a metro "
      "line.");
  CHECK(d.size() == 2);
}
