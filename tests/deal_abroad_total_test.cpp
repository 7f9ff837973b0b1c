// Money put "abroad" or "overseas" with no country named is a statistic of outflows, not a deal.
#include "deal_abroad_total.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("money invested abroad with no country named is no deal") {
  CHECK(deals_of("Peru and Chile met. Gulf funds invested about $70 billion abroad last year.").empty());
  CHECK(deals_of("Korean companies invested $25 billion overseas in 2024, up from a year earlier.").empty());
}

TEST_CASE("money put abroad in a named country is still a deal") {
  auto d = deals_of("Qatar will invest $3 billion abroad in Kenya's ports, its fund said on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Kenya", "Qatar"});
}

TEST_CASE("goods sold 'to the region' or to a continent name no buyer") {
  CHECK(
      deals_of("Chile sold 24 patrol boats to the region last year, while Peru's exports to Africa doubled.")
          .empty());
  auto d = deals_of("Chile sold 24 patrol boats to Ecuador last year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Ecuador"});
}

TEST_CASE("goods sold to a country named as in a region still have a buyer") {
  auto d = deals_of("Chile sold 24 patrol boats to the Gulf state of Qatar in 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Qatar"});
}
