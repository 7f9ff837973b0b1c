// A facility's state told in the sentence after the deal that pays for or builds it.
#include "deal_facility_state.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const std::string kHead = "Projects\n\ndate 2024-02-14 A tracker of Korean projects in Peru\n\n";

}  // namespace

TEST_CASE("a facility told as opened in the next sentence completes the deal that built it") {
  auto opened = deals_of(kHead +
                         "Korea Eximbank lent Peru $200 million in 2016 for a new water treatment plant in "
                         "Arequipa.\n\nThe plant opened in March 2020 and now serves the whole city.\n");
  REQUIRE(opened.size() == 1);
  CHECK(opened[0].status == "completed");
  CHECK(opened[0].year == 2016);
  REQUIRE(opened[0].evidence_extra.size() == 1);
  auto building =
      deals_of(kHead +
               "Peru signed a $90 million contract with Korea's Daewoo in 2021 for a bridge over the "
               "Rimac river.\n\nThe bridge is under construction.\n");
  REQUIRE(building.size() == 1);
  CHECK(building[0].status == "in_progress");
}

TEST_CASE("a sentence about another facility, or one still to open, leaves the deal as told") {
  auto other = deals_of(kHead +
                        "Korea Eximbank lent Peru $200 million in 2016 for a new water treatment plant in "
                        "Arequipa.\n\nThe airport opened in March 2020.\n");
  REQUIRE(other.size() == 1);
  CHECK(other[0].status == "signed");
  auto future = deals_of(kHead +
                         "Korea Eximbank lent Peru $200 million in 2016 for a new water treatment plant in "
                         "Arequipa.\n\nThe plant is expected to open in 2026.\n");
  REQUIRE(future.size() == 1);
  CHECK(future[0].status == "signed");
}

TEST_CASE("work told as stopped, or all units as commissioned, in the next sentence") {
  auto stopped =
      deals_of(kHead +
               "Peru signed a $210 million contract with Korea's Hyundai in 2017 to build a dam on "
               "the Santa river.\n\nWork stopped in 2020 at about half completion.\n");
  REQUIRE(stopped.size() == 1);
  CHECK(stopped[0].status == "cancelled");
  auto all =
      deals_of(kHead +
               "Peru signed a $500 million contract with Korea's Doosan in 2015 for a gas power station "
               "at Chilca.\n\nAll three units were commissioned by 2019.\n");
  REQUIRE(all.size() == 1);
  CHECK(all[0].status == "completed");
}
