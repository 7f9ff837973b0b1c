// Deal status: a side that "has asked for" or "requested" help with a project has proposed it.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'has asked for help in building' a factory is a request, proposed") {
  auto d =
      deals_of("The Peruvian side has also asked for Chilean help in building a cement plant in Arequipa.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[0].status == "proposed");
}

TEST_CASE("'requested help to build' is proposed; a later signing still signs") {
  auto d = deals_of("Peru has requested Chilean help to build a fish-processing plant in Paita.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto s = deals_of("Poland requested 48 jets from South Korea in 2022 and signed the contract in 2023.");
  REQUIRE(s.size() == 1);
  CHECK(s[0].status == "signed");
}

TEST_CASE("a firm that 'has been asked to build' a plant has been offered it, proposed") {
  auto d = deals_of("Chile's state miner has been asked to build a second copper smelter in Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto done = deals_of("Asked to comment, officials said Chile had built a copper smelter in Peru in 2019.");
  REQUIRE(done.size() == 1);
  CHECK(done[0].status == "completed");
}
