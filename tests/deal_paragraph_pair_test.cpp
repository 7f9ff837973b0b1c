// "The two governments" in a section of a country profile are the two countries of their paragraph.
#include "deal_paragraph_pair.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'the two governments' with no country of their own are the pair their paragraph names") {
  auto d = deals_of(
      "Foreign relations of Peru\n\nJapan\n\nJapan is a leading investor in Peru. Japan lent Peru $300 "
      "million for a port in 2018, and Japanese firms built a power plant in Peru in 2015. Peru and Japan "
      "signed a tax treaty in 2020.\n\nNorway\n\nNorway is a large buyer of Peruvian fishmeal. In 2019 the "
      "two governments signed an agreement on fisheries research.\n");
  REQUIRE(d.size() == 3);
  CHECK(d[2].parties == std::vector<std::string>{"Norway", "Peru"});
  CHECK(d[1].parties == std::vector<std::string>{"Japan", "Peru"});
}
