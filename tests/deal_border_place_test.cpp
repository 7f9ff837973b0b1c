// A border named as a place ("to the Bolivian border") gives its country no part in a deal.
#include "deal_border_place.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a country named only by the border a road reaches is no side") {
  auto d = deals_of(
      "The Lima-Tacna highway to the Bolivian border, a $900 million project that a Chinese company agreed "
      "to build in 2023, is under construction.");
  REQUIRE(d.size() == 1);
  CHECK(std::find(d[0].parties.begin(), d[0].parties.end(), "Bolivia") == d[0].parties.end());
}

TEST_CASE("a country's border guards or a border agreement keep the country") {
  auto d = deals_of("Russia signed an agreement with Kazakhstan on the Russian border guards in 2020.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Kazakhstan", "Russia"});
}
