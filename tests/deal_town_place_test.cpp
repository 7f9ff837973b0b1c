// A country named as a place by a town after "in", "at", "off" or "near": not one of a list of named
// parties, nor the subject a relative clause after it is about.
#include "deal_town_place.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a town after 'off' then ', and' a country ends the clause: no list of two parties") {
  CHECK(deals_of("Turkish Navy frigates held a gunnery exercise off Izmir, and Greece protested.").empty());
}

TEST_CASE("a relative clause after a project in a town is about the project, not the town's country") {
  auto d = deals_of(
      "Indian Oil said it was in talks to invest $1.5 billion in a gas export project in Texas, which "
      "would supply up to 3 million tonnes a year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"India", "United States"});
}
