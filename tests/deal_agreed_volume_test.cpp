// A measured volume told as agreed with a supplier, with no deal noun, is a supply deal.
#include "deal_agreed_volume.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a yearly volume agreed with a supplier is a signed supply deal") {
  auto d = deals_of("Hungary renewed the 4.5 billion cubic metres a year agreed with Gazprom in 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2021);
  CHECK(d[0].sector == "energy");
  CHECK(d[0].parties == std::vector<std::string>{"Hungary", "Russia"});
  // A comma may stand between the volume and the verb.
  auto comma =
      deals_of("Slovakia takes an extra 900 million cubic metres a year, agreed with Gazprom in 2022.");
  REQUIRE(comma.size() == 1);
  CHECK(comma[0].year == 2022);
}

TEST_CASE("'agreed with' after no volume is no supply deal") {
  CHECK(deals_of("Hungary agreed with Russia that energy ties matter.").empty());
  CHECK(deals_of("The 40 delegates agreed with Gazprom officials in 2021 on nothing.").empty());
}
