// A "letter of acceptance" or "letter of award" is a contract document: signing one for goods buys them.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a letter of acceptance signed for radars is a purchase") {
  auto d = deals_of(
      "Malaysia's defence ministry signed a letter of acceptance for four coastal radars from France on "
      "Tuesday, in a deal worth 450 million ringgit.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"France", "Malaysia"});
  CHECK(d[0].status == "signed");
  CHECK(d[0].sector == "defense");
  CHECK(d[0].item.find("radars") != std::string::npos);
}

TEST_CASE("a letter of award for patrol boats is a contract") {
  auto d = deals_of(
      "Nigeria's navy signed a letter of award with Dutch shipbuilder Damen for two patrol boats on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Netherlands", "Nigeria"});
  CHECK(d[0].status == "signed");
}
