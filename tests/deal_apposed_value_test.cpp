// An apposed deal noun valued in its own clause (", a purchase the ministry valued at ...") restates the
// deal before it and gives it its amount.
#include <catch2/catch.hpp>

#include "deal_apposition.h"
#include "test_deals.h"

TEST_CASE("an apposed noun valued in its own clause is the deal before it, with its amount") {
  auto d = deals_of(
      "Norway agreed in March to buy 24 Archer howitzers from Sweden's Bofors, a purchase the Norwegian "
      "defence ministry valued at 3.1 billion Norwegian crowns.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].currency == "NOK");
  CHECK(d[0].value == Approx(3.1e9));
}

TEST_CASE("an apposed noun with a deal verb of its own is not restated by a valuation") {
  auto d = deals_of(
      "Norway agreed in March to buy 24 Archer howitzers from Sweden's Bofors, while Finland ordered 12 "
      "radars from Israel, a deal officials valued at $300 million.");
  CHECK(d.size() == 2);
}
