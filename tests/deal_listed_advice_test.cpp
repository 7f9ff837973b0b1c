// A numbered recommendation in an op-ed ("Second, stop signing gas deals") is advice, not a deal.
#include "deal_listed_advice.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an imperative after a list's ordinal tells no deal") {
  auto d = deals_of(
      "Chile and Peru signed a port deal in 2021. Second, stop signing gas deals at fixed prices that look "
      "cheap in 2030.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "port deal");
}

TEST_CASE("a list's ordinal before a subject or a date still tells the deal") {
  auto d = deals_of(
      "Chile and Peru signed a port deal in 2021. First, in 2019, Peru signed a $2 billion contract for 12 "
      "jets from Brazil.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Brazil", "Peru"});
}
