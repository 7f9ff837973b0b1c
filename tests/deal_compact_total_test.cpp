// Compacts of free association are agreements; one amount for agreements split across several partners is
// their total, given to none of them.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("compacts of free association with three states are three agreements") {
  auto d = deals_of(
      "The United States renewed its compacts of free association with Palau, Micronesia and the Marshall "
      "Islands in 2024.");
  REQUIRE(d.size() == 3);
  CHECK(d[0].parties == std::vector<std::string>{"Palau", "United States"});
  CHECK(d[2].year == 2024);
}

TEST_CASE("one amount for agreements with several partners is no partner's own") {
  auto d = deals_of(
      "The United States renewed its compacts of free association with Palau and Micronesia in 2023, "
      "pledging about $5 billion over 20 years.");
  REQUIRE(d.size() == 2);
  for (const auto& x : d) CHECK(!x.value_usd);
}
