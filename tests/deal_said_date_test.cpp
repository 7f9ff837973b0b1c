// The day officials spoke ("said on Tuesday") does not date a deal they only proposed.
#include "deal_said_date.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'ministers said on Tuesday that a proposed gas pipeline could ...' gives the proposal no year") {
  auto d = deals_of(
      " date 2026-03-01 LIMA - Chilean and Peruvian energy ministers said on Tuesday that a proposed gas "
      "pipeline from Arica to Tacna could carry gas.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(!d[0].year);
  auto wire = deals_of(
      " date 2026-04-14 LIMA, April 14 (Wire) - Chilean and Peruvian energy ministers said on Tuesday that a "
      "proposed gas pipeline from Arica to Tacna could carry gas.");
  REQUIRE(wire.size() == 1);
  CHECK(!wire[0].year);
}

TEST_CASE("a deal signed and told on a weekday keeps the dateline's year") {
  auto d = deals_of(" date 2026-03-01 LIMA - Chile and Peru said on Tuesday that they signed a gas deal.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2026);
}
