// A share of a market held as a habit ("buy 40 percent of the harnesses made there") is a statistic.
#include "deal_market_share.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a percentage of a market bought or supplied as a habit is no deal") {
  CHECK(deals_of("Spanish carmakers buy roughly 40 percent of the cable harnesses made in Morocco.").empty());
  CHECK(deals_of("China buys more than 60 percent of Argentina's soybean exports.").empty());
  CHECK(deals_of("Russian crude took market share from Iraqi crude in India last year.").empty());
}

TEST_CASE("a stake or a future share of output is still a deal") {
  CHECK(deals_of("Spain agreed to buy 40 percent of the cable harnesses made in Morocco from 2027.").size() ==
        1);
  CHECK(deals_of("A Spanish firm bought a 40 percent stake in a Moroccan cable maker.").size() == 1);
}
