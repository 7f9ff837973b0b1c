// A signing year told in a follow-up sentence beats a year read from the dateline's month and day.
#include "deal_year_stated_later.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The deal, concluded in 2025' dates a deal whose sentence only has the dateline's day") {
  auto d = deals_of(
      " date 2026-06-03 LIMA, June 3 (Wire) - Peru signed a contract for four radars with Spain. The deal, "
      "concluded in 2025, is worth 280 million euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2025);
}

TEST_CASE("a deal dated with its own year keeps it") {
  auto d = deals_of(
      " date 2026-06-03 LIMA, June 3 (Wire) - Peru signed a contract for four radars with Spain in 2024. The "
      "deal, concluded in 2025, is worth 280 million euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
}
