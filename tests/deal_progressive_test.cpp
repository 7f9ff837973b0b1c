// A signed deal told as being carried out in its own sentence is in progress.
#include "deal_progressive.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const std::string kHead = "Projects\n\ndate 2024-02-14 A tracker of Korean projects in Peru\n\n";

}  // namespace

TEST_CASE("a signed deal told as being carried out or delivered is in progress") {
  auto venture =
      deals_of(kHead +
               "A joint venture agreement signed in 2022 between Peru's Cofide and a Korean textile "
               "group to reopen a mill in Lima is being carried out.\n");
  REQUIRE(venture.size() == 1);
  CHECK(venture[0].status == "in_progress");
  auto road =
      deals_of(kHead + "Korea's Daewoo is upgrading the Cusco road under a contract signed in 2020.\n");
  REQUIRE(road.size() == 1);
  CHECK(road[0].status == "in_progress");
}

TEST_CASE("a deal told as not being carried out keeps its status") {
  auto d = deals_of(kHead +
                    "A joint venture agreement signed in 2022 between Peru's Cofide and a Korean textile "
                    "group to reopen a mill in Lima is not being carried out.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status != "in_progress");
}

TEST_CASE("works told in a progressive with the loan that finances them leave the loan signed") {
  auto d =
      deals_of(kHead +
               "Korea's Daewoo is building a dam at Majes under a contract signed in 2019, financed by a "
               "Korean loan of $400 million.\n");
  REQUIRE_FALSE(d.empty());
  for (const auto& deal : d)
    if (deal.value_usd) CHECK(deal.status == "signed");
}
