// A counted share of goods "of which" a country bought is that country's order.
#include "deal_of_which.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("goods 'of which' a country bought are its order") {
  auto d =
      deals_of("India's Covaxin vaccines, two million doses of which Paraguay bought in 2021, arrived late.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"India", "Paraguay"});
  CHECK(d[0].year == 2021);
  auto bare = deals_of("The Tatra trucks, 300 of which Kenya bought from Slovakia in 2019, are ageing.");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].item == "Tatra trucks");
  CHECK(bare[0].parties == std::vector<std::string>{"Kenya", "Slovakia"});
}

TEST_CASE("an uncounted share 'of which' is no order of its own") {
  CHECK(deals_of("The trucks, most of which Kenya bought from Slovakia, are ageing.").empty());
}
