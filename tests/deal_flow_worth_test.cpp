// What a country's imports or exports were worth over a period is a trade statistic, not a deal.
#include "deal_flow_worth.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'imports of X were worth $4 billion last year' is no deal") {
  CHECK(deals_of("Chilean imports of Spanish machinery were worth $4.2 billion last year, customs data show.")
            .empty());
  CHECK(deals_of("Peruvian imports of Brazilian crude were worth about $2 billion in the last fiscal year.")
            .empty());
}

TEST_CASE("a purchase worth an amount under a contract is still a deal") {
  CHECK(deals_of("Chile signed a contract to buy Spanish machinery worth $4.2 billion.").size() == 1);
  CHECK(deals_of("The imports of Brazilian crude under the contract were worth $2 billion, Peru said.")
            .size() == 1);
}
