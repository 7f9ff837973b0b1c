// A grant or loan told by a compound noun ("grant agreement") is one deal, whatever the item's length.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a long grant agreement gives one row") {
  auto d = deals_of(
      "The Japan International Cooperation Agency signed a $20 million grant agreement with Nepal's health "
      "ministry for new vocational training centres in Pokhara and Butwal.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(2e7));
}
