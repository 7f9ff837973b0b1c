// Deal years: a deal told without a time of its own takes the dateline's year, unless its clause's only
// year is a target, it is under way or it is cancelled.
#include "deal_year.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal whose clause names only a target year is told without a time of its own") {
  std::string head =
      "Gas deal\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto target = deals_of(head +
                         "Canada agreed to sell 3 million tonnes of gas a year to Chile for ten years "
                         "starting in 2030.\n");
  REQUIRE(target.size() == 1);
  CHECK_FALSE(target[0].year);
  // Without the target year, a deal stated as done takes the dateline's year.
  auto plain = deals_of(head + "Canada agreed to sell 3 million tonnes of gas a year to Chile.\n");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].year == 2024);
}

TEST_CASE("a deal under way with no time of its own has no year; one begun on the story's day does") {
  std::string head =
      "Port works\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  std::string deal =
      "Chile's state builder Acme Corp is building the new pier at Halifax under a construction "
      "contract worth $2 billion.\n";
  auto ongoing = deals_of(head + deal);
  REQUIRE(ongoing.size() == 1);
  CHECK(ongoing[0].status == "in_progress");
  CHECK_FALSE(ongoing[0].year);
  auto today = deals_of(head +
                        "On Tuesday Chile's state builder Acme Corp began building the new pier at Halifax "
                        "under a construction contract worth $2 billion.\n");
  REQUIRE(today.size() == 1);
  CHECK(today[0].year == 2024);
}

TEST_CASE(
    "a deal told as cancelled, with no time of its own, has no year: the story dates the cancellation") {
  std::string head =
      "Port works\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto d =
      deals_of(head + "Canada has scrapped a contract with Chile for a copper smelter at Antofagasta.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK_FALSE(d[0].year);
}
