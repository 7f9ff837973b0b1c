// A year's imports or exports told as a figure are a trade statistic, not a deal.
#include "deal_trade_flow.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'imported 12 million tonnes of crude in 2023, worth $9 billion' is no deal") {
  CHECK(deals_of("Peru imported 12 million tonnes of Brazilian crude in 2023, worth about $9 billion.")
            .empty());
  CHECK(deals_of("Chile exported 400,000 tonnes of copper to Spain in 2022.").empty());
}

TEST_CASE("imports under a named contract, or a dated purchase, are still deals") {
  CHECK(deals_of("Peru imported 12 million tonnes of Brazilian crude in 2023 under a contract with Brazil.")
            .size() == 1);
  CHECK(deals_of("Peru bought 12 million tonnes of Brazilian crude from Brazil in 2023.").size() == 1);
}
