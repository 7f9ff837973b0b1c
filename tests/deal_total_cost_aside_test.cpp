// Deal count and value: "out of a total investment of $X" is the cost of the deal told before, no row of
// its own.
#include "deal_total_cost_aside.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE(
    "'a deal to build X, with the first phase costing A out of a total investment of B' is one deal at B") {
  auto d = deals_of(
      "Kenya signed a deal with Japan on Monday to build a battery factory in Thika, with the first phase "
      "costing $20 million out of a total investment of $70 million.");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].value_usd);
  CHECK(*d[0].value_usd == 70e6);
  CHECK(d[0].item.find("total investment") == std::string::npos);
}

TEST_CASE(
    "'signed a deal for X, with the first phase costing A out of a total investment of B' is one deal at B") {
  auto d = deals_of(
      "Brazilian firm Vale signed a deal with Ghana on Friday for a steel mill near Tema, with the first "
      "phase "
      "costing $30 million out of a total investment of $110 million.");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].value_usd);
  CHECK(*d[0].value_usd == 110e6);
  CHECK(d[0].item.find("total investment") == std::string::npos);
}
