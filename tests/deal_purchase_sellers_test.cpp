// Deal parties: a purchase from two listed sellers is two deals, each between the buyer and one seller.
#include "deal_purchase_sellers.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

bool has_pair(const std::vector<entente::Deal>& d, const std::string& a, const std::string& b) {
  for (const auto& x : d)
    if (x.parties.size() == 2 &&
        ((x.parties[0] == a && x.parties[1] == b) || (x.parties[0] == b && x.parties[1] == a)))
      return true;
  return false;
}

}  // namespace

TEST_CASE("'Mali bought trucks from Turkey and India' is two purchases") {
  auto d = deals_of("Mali's army bought 40 trucks from Turkey and India in 2022.");
  REQUIRE(d.size() == 2);
  CHECK(has_pair(d, "Mali", "Turkey"));
  CHECK(has_pair(d, "Mali", "India"));
}

TEST_CASE("'ordered radars from both A and the B' splits, with no row between the sellers") {
  auto d = deals_of("Peru ordered coastal radars from both Israel and the United States in 2019.");
  REQUIRE(d.size() == 2);
  CHECK(has_pair(d, "Peru", "Israel"));
  CHECK(has_pair(d, "Peru", "United States"));
  CHECK_FALSE(has_pair(d, "Israel", "United States"));
}

TEST_CASE("'It purchased X from A and B': the buyer is the story's other country") {
  auto d = deals_of(
      "Laos and Vietnam signed a rail accord in Vientiane in 2024. The ministry also purchased buses from "
      "Vietnam and Japan in 2023.");
  CHECK(has_pair(d, "Laos", "Vietnam"));
  CHECK(has_pair(d, "Laos", "Japan"));
  CHECK_FALSE(has_pair(d, "Vietnam", "Japan"));
}

TEST_CASE("each seller's row drops the list of sellers from its item") {
  auto d = deals_of("Mali's army bought 40 trucks from Turkey and India in 2022.");
  REQUIRE(d.size() == 2);
  for (const auto& x : d) CHECK(x.item.find("from") == std::string::npos);
}

TEST_CASE("a delivery told of one seller leaves the other seller's order signed") {
  auto d = deals_of(
      "Peru ordered patrol drones from both Israel and Spain in 2020, and the Israeli drones were delivered "
      "in "
      "2021 and 2022.");
  REQUIRE(d.size() == 2);
  for (const auto& x : d) {
    bool israel = x.parties[0] == "Israel" || x.parties[1] == "Israel";
    CHECK(x.status == (israel ? "completed" : "signed"));
  }
}
