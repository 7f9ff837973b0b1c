// "Trade between A and B reached $X": a trade-volume statistic, with the goods sold told after it, is no
// deal (LABELING.md, NOT deals: bilateral trade-volume statistics).
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("goods sold inside a trade-between statistic are no deal") {
  CHECK(
      deals_of("Trade between Chile and Vietnam reached $3.1 billion in 2023, mostly Chilean copper sold to "
               "Vietnamese smelters.")
          .empty());
}

TEST_CASE("a sale told beside the statistic's words in another sentence still is a deal") {
  auto d = deals_of("Trade between them grew. Chile sold 20,000 tonnes of copper to Vietnam in 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Vietnam"});
}
