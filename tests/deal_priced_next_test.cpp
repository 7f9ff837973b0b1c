// A sentence after a deal that prices it with a pronoun or a definite subject gives that deal its amount.
#include "deal_priced_next.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Its cost is put at' and 'It would cost' price the deal told just before") {
  auto a = deals_of(
      "Chile signed a contract with Spain's Navantia on Monday for the overhaul of two frigates. Its cost is "
      "put at 900 million euros.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == Approx(9e8));
  CHECK(a[0].currency == "EUR");
  auto b = deals_of(
      "Chile signed a contract with Spain on Monday for two frigates. Its cost was estimated at "
      "900 million euros.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].value == Approx(9e8));
  auto c = deals_of(
      "Peru and Japan signed an agreement in May on a rail link from Lima to Callao. It would "
      "cost about $3 billion, by Lima's own estimate.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].value_usd == Approx(3e9));
}

TEST_CASE("a price told of something else is not the deal's") {
  auto a = deals_of(
      "Chile signed a contract with Spain on Monday for two frigates. Analysts said a new "
      "destroyer would cost about $2 billion.");
  REQUIRE(a.size() == 1);
  CHECK(!a[0].value);
}
