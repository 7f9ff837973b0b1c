// A deal noun with a prepositional aside, then "was under discussion", is a negotiation.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a loan with an aside between commas told as under discussion is a negotiation") {
  auto d = deals_of("Officials said a new Japanese loan, for a metro line in Manila, was under discussion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("a loan with an aside and no talks after it stays unread") {
  auto d = deals_of("Officials said a new Japanese loan, for a metro line in Manila, was a good idea.");
  CHECK(d.empty());
}
