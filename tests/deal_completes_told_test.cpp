// The receipt of "the last of" goods ordered in an earlier year is news of that order, not a deal of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("receiving the last of the rifles a year after the order completes the order") {
  auto d = deals_of(
      "Deliveries to Peru, by year:\n\n2021: Peru ordered 5,000 assault rifles from Chile for about $9 "
      "million.\n"
      "2022: Peru received the last of the rifles.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2021);
}

TEST_CASE("a delivery of other goods in a later year stays a deal of its own") {
  auto d = deals_of(
      "Deliveries to Peru, by year:\n\n2021: Peru ordered 5,000 assault rifles from Chile for about $9 "
      "million.\n"
      "2022: Chile delivered 12 patrol boats to Peru.\n");
  CHECK(d.size() == 2);
}
