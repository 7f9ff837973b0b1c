// "Together these contracts are worth more ...": a demonstrative plural sums up deals told before.
#include "deal_told_plural.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("these contracts, summed up, are no new deal") {
  auto d = deals_of(
      "In 2021 Chile agreed to buy gas from Peru, and Peru signed a power purchase agreement with Bolivia. "
      "Together these contracts are worth more to Peru than anything Brazil has built there.");
  for (const auto& x : d) CHECK(x.item != "contracts");
  CHECK(d.size() == 1);
}

TEST_CASE("these contracts with their own figures still tell a deal") {
  auto d = deals_of("In 2022 Peru signed these two contracts with Spain for 12 trains worth $300 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Spain"});
}
