// A facility "the two sides" are discussing is under talks between the pair the text named before.
#include "deal_two_sides.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility the two governments are discussing is under talks between the pair named before") {
  auto d = deals_of(
      "Chile and Peru held talks in Lima on Monday. The two governments said they were discussing a new "
      "subsea electricity cable, but gave no timetable.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("a facility discussed with no pair told states no deal") {
  CHECK(deals_of("Chile and Peru held talks in Lima on Monday. Engineers were discussing a new subsea cable.")
            .empty());
  CHECK(deals_of("Chile and Peru held talks in Lima. The two teams were discussing a new stadium.").empty());
}
