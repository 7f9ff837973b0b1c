// A comparison after "than" naming another country is neither a side of the deal nor its status.
#include "deal_than_clause.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'than anything Peru could offer' names no side and no proposal") {
  auto d = deals_of(
      "Bolivia needed cash: Chile's $2 billion loan to Bolivia in 2024 did more for its reserves than "
      "anything Peru could offer.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Chile"});
  CHECK(d[0].status == "signed");
}

TEST_CASE("'more than' an amount is no comparison with a country") {
  auto d = deals_of("Chile lent Bolivia more than $2 billion in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Chile"});
}
