// Restated deals: a sentence whose subject is the deal just told and whose verb restates it ("revives a
// plan first announced in 2019") adds to that deal; an earlier deal it names stays a deal of its own.
#include "deal_restated_plan.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The agreement revives a plan first announced in ...' is the deal just told") {
  auto d = deals_of(
      " date 2026-03-10 Radars\n\nLatvia signed a contract with Sweden's Saab on Monday for four more "
      "coastal radar stations. The "
      "agreement revives a plan first announced in 2019 that was shelved for lack of money.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Latvia", "Sweden"});
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("a loan that resurrects an earlier project is one deal") {
  auto d = deals_of(
      " date 2026-03-10 Port\n\nJapan extended a loan of 40 billion yen to Fiji in 2024 for a new port at "
      "Lautoka. The loan "
      "resurrects a project that Tokyo proposed in 2016.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Fiji", "Japan"});
}

TEST_CASE("an earlier agreement the deal builds on stays a deal of its own") {
  auto d = deals_of(
      " date 2026-03-10 Boats\n\nChile ordered six patrol boats from Spain's Navantia on Monday. The deal "
      "builds on a 2021 agreement "
      "on naval shipbuilding cooperation.");
  CHECK(d.size() == 2);
}

TEST_CASE("talks told again as not having produced an agreement are the talks just told") {
  auto d = deals_of(
      " date 2026-02-05 Metals\n\nBolivia also signed a second lithium contract with China's CBC for two "
      "plants worth about $1 billion. In Chile, Japan's Mitsui has held talks with the government about a "
      "stake in a copper project. The talks have not produced an agreement, and Japanese officials declined "
      "to comment.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Chile", "Japan"});
  CHECK(d[1].evidence_extra.size() == 1);
}
