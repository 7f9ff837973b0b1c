// A deal with a lone foreign side takes the dateline's country as its home side.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a lone foreign side is paired with the dateline's country") {
  auto d = deals_of(
      " date 2024-05-03 Russia and Uzbekistan talk gas\n\nTASHKENT, May 3 - Russia will sell more gas to "
      "Uzbekistan under a deal signed on Friday, Russian officials said. Russia already supplies most of "
      "the gas, and Russian firms dominate the market. Beyond Russia, the largest foreign project in the "
      "country is a uranium plant. France's Orano has been building the plant since 2019 under a $500 "
      "million contract.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"France", "Uzbekistan"});
}
