// A target for trade told with a growth verb and an amount is no deal, whatever verb tells it.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a pledge to grow trade to an amount is no deal") {
  CHECK(deals_of("Kenya and India pledged to double trade to $8 billion.").empty());
  CHECK(deals_of("The two presidents pledged to lift trade between Chile and Korea to $15 billion.").empty());
}

TEST_CASE("a rise of supplies to a volume is still read") {
  auto d = deals_of(
      "Laos sells power to Thailand. Thailand wants to raise those imports to 900 megawatts, but no new "
      "contract has been signed.");
  CHECK(!d.empty());
}
