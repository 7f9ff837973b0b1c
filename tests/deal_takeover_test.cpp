// Taking over the running of a facility is an operating concession; taking over a place is not a deal.
#include "deal_takeover.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a firm that took over a facility's operation holds a signed concession") {
  auto d = deals_of(
      "Singapore's PSA took over the operation of the Chittagong container terminal in Bangladesh in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2024);
  CHECK(d[0].sector == "infrastructure");
  CHECK(d[0].parties == std::vector<std::string>{"Bangladesh", "Singapore"});
  auto possessive = deals_of("A Chinese firm took over the port's operation in Myanmar in 2019.");
  REQUIRE(possessive.size() == 1);
  CHECK(possessive[0].parties == std::vector<std::string>{"China", "Myanmar"});
}

TEST_CASE("taking over a place or a post is no concession") {
  CHECK(deals_of("Russia took over Crimea from Ukraine in 2014.").empty());
  CHECK(deals_of("Japan took over the presidency of the council from India in 2023.").empty());
}
