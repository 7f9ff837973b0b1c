// The first goods of an order told as arrived in the next sentence put the order under way.
#include "deal_first_arrivals.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The first ferry was handed over' after 'ordered three ferries' puts the order under way") {
  auto d = deals_of("Peru has ordered three ferries from Chile. The first ferry was handed over in January.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].evidence_extra.size() == 1);
  auto s = deals_of(
      "Peru has signed a contract to buy 200,000 tonnes of fertiliser from Morocco. The first shipments "
      "arrived "
      "last month.");
  REQUIRE(s.size() == 1);
  CHECK(s[0].status == "in_progress");
  auto m = deals_of(
      "Peru agreed in February to import 500 megawatts of electricity from Chile under a 20-year contract. "
      "The "
      "first 100 megawatts began flowing in March.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "in_progress");
}

TEST_CASE("', and the first deliveries have already taken place' in a follow-up puts the deal under way") {
  auto d = deals_of(
      "Chile and Peru signed a power-supply deal. The agreement, concluded in 2024, provides for 1.5 billion "
      "kWh "
      "of electricity a year, and the first deliveries have already taken place.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("first goods not arrived, or other goods, leave the order signed") {
  auto d = deals_of("Peru has ordered three ferries from Chile. The first ferry has not yet arrived.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto o = deals_of("Peru has ordered three ferries from Chile. The first tanker arrived in January.");
  REQUIRE(o.size() == 1);
  CHECK(o[0].status == "signed");
}
