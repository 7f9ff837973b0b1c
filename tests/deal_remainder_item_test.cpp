// A remainder as the object ("imports the rest from Iran under a gas-for-electricity swap") is named by the
// instrument the deal is made under.
#include "deal_remainder_item.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'the rest' bought under an instrument is named by the instrument") {
  auto d = deals_of("Georgia imports the rest from Turkey under an electricity-for-gas swap signed in 2022.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("swap"));
}

TEST_CASE("'the rest of' goods names the goods") {
  auto d = deals_of("Georgia imports the rest of its wheat from Turkey under a deal signed in 2022.");
  REQUIRE(!d.empty());
  CHECK_THAT(d[0].item, Catch::Contains("wheat"));
}
