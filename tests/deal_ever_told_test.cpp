// "the first rolling stock Lima has ever bought": a ranking of the deal told, not a second deal.
#include "deal_ever_told.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a verb after 'ever' ranks the deal told and adds none") {
  auto d = deals_of(
      "In May Peru signed a contract in Madrid for 20 trains from CAF of Spain, the first rolling stock Lima "
      "has ever bought from a European maker.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Spain"});
}
