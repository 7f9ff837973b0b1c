// A signing verb whose object lists deals of different kinds: one row per listed deal, each with the amount
// told in its own part ("signed accords on energy, a $2 billion loan for a port and a visa waiver").
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a signed list of an accord, a priced loan and a waiver gives three rows, the amount on the loan") {
  auto deals = deals_of(
      "Chile and Peru on Monday signed accords on mining cooperation, a $400 million loan for a fishing port "
      "at Ilo and a visa waiver for students, as the two presidents met in Lima.");
  REQUIRE(deals.size() == 3);
  int priced = 0;
  for (const auto& d : deals) {
    CHECK(d.status == "signed");
    if (d.value_usd) {
      ++priced;
      CHECK(*d.value_usd == 400e6);
      CHECK(d.item.find("loan") != std::string::npos);
    }
  }
  CHECK(priced == 1);
}

TEST_CASE("a signing of one deal with a comma aside stays one row") {
  CHECK(
      deals_of("Chile and Peru signed a $400 million loan agreement for a port, a project both sides called "
               "overdue, on Monday.")
          .size() == 1);
}
