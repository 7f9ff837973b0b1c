// "pledged $2 billion of loans": the pledge of an amount of a deal noun is one deal, announced.
#include "deal_pledged_amount.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'pledged $X of loans' or 'in investment' is one announced deal with its amount and year") {
  auto d = deals_of("Korea pledged $2 billion of loans to Peru in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  CHECK(d[0].value_usd == 2000000000.0);
  CHECK(d[0].year == 2024);
  auto i = deals_of("Qatar pledged $5 billion in investment in Chile's new ports.");
  REQUIRE(i.size() == 1);
  CHECK(i[0].value_usd == 5000000000.0);
}

TEST_CASE("a pledge of an amount with no deal noun after it, or of bare financing, is still the pledge") {
  auto d = deals_of("Korea pledged $2 billion to Peru in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  auto f = deals_of("Korea pledged $2 billion of financing to Peru in 2024.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].value_usd == 2000000000.0);
}
