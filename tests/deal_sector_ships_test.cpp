// Merchant ships (container vessels, cargo ships, ferries) bought abroad are trade, not defence or other.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("container vessels and ferries ordered abroad are trade") {
  auto d = deals_of("A Chilean shipping line has ordered two container vessels from Peru for $80 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto f = deals_of("Peru has bought three passenger ferries from Chile for $60 million.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].sector == "trade");
}
