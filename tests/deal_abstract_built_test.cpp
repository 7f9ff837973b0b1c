// A reputation or an ambition that a country "has built" is no facility built for it.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'has built a reputation for its gas terminals with' a partner is no deal") {
  CHECK(deals_of("Chile has built a reputation for its gas terminals with Argentina.").empty());
  CHECK(deals_of("Chile has built an ambition for its ports with Peru.").empty());
}

TEST_CASE("a terminal built with a partner is still a deal") {
  auto d = deals_of("Chile has built a gas terminal with Argentina at a cost of $300 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Argentina", "Chile"});
}
