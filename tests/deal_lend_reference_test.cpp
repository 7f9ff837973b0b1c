// "the new loan" after an agreement "to lend" restates that agreement: no row of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("the new loan after an agreement to lend is the same deal") {
  auto deals = deals_of(
      "Chile's state bank Corfo signed an agreement with Peru on Monday to lend up to 90 million dollars for "
      "the Tacna desalination plant. Corfo said the new loan would be disbursed over four years once Peru's "
      "congress ratifies the agreement.");
  CHECK(deals.size() == 1);
}

TEST_CASE("a loan after an agreement on something else is a deal of its own") {
  auto deals = deals_of(
      "Chile signed an agreement with Peru on Monday on fishing quotas. Chile also granted Peru a loan of 90 "
      "million dollars for a port.");
  CHECK(deals.size() == 2);
}
