// Deal count and status: "The <goods> were delivered" after the order is that order, completed.
#include "deal_goods_delivered.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The 40 Korean trams were delivered in 2019' completes the purchase told before") {
  auto d = deals_of(
      "Peru bought 40 trams from South Korea in 2016 for the Lima metro. The 40 Korean trams were delivered "
      "in 2019, the ministry said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2016);
}

TEST_CASE("'The Spanish-built ferries were delivered' completes only the Spanish purchase") {
  auto d = deals_of(
      "Peru bought ferries from Spain and Chile in 2015. The Spanish-built ferries were delivered in 2018 "
      "and "
      "2019, officials said.");
  REQUIRE(d.size() == 2);
  for (const auto& x : d) {
    bool spain = x.parties[0] == "Spain" || x.parties[1] == "Spain";
    CHECK(x.status == (spain ? "completed" : "signed"));
  }
}

TEST_CASE("a delivery sentence with no deal of its own completes the order of its goods") {
  auto d = deals_of(
      "Ghana ordered passenger coaches from Hungary and Poland in 2022. The Hungarian coaches were delivered "
      "in "
      "2024 and 2025.");
  REQUIRE(d.size() == 2);
  for (const auto& x : d) {
    bool hungary = x.parties[0] == "Hungary" || x.parties[1] == "Hungary";
    CHECK(x.status == (hungary ? "completed" : "signed"));
  }
}
