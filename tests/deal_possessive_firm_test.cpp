// A firm named with a possessive country is that country's side, whatever its parent's country.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a firm after a possessive country takes that country, not its parent's") {
  auto d =
      deals_of("Chile signed a contract on Monday to buy six patrol boats from Norway's BAE Systems Marine.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Norway"});
  auto e = deals_of("Chile signed a contract on Monday to buy six patrol boats from BAE Systems.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].parties == std::vector<std::string>{"Chile", "United Kingdom"});
}
