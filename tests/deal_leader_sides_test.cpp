// Leaders named as the subjects of a deal stand for their countries.
#include "deal_leader_sides.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("leaders named before the trigger give the sides a clause without two countries lacks") {
  auto d = deals_of(
      "Foreign relations of Peru\n\nJapan and Peru have close ties. Japan lent Peru $300 million for a port "
      "in 2018. Peru and Japan signed a tax treaty in 2020.\n\nIn 2022 Macron and Abdelmadjid Tebboune "
      "signed a declaration on a renewed partnership.\n");
  REQUIRE(d.size() == 3);
  CHECK(d[1].parties == std::vector<std::string>{"Japan", "Peru"});
  CHECK(d[2].parties == std::vector<std::string>{"Algeria", "France"});
}
