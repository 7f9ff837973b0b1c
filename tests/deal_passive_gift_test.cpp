// A facility told as handed over as a gift, in the passive, is a completed donation.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a building handed over as a gift in the passive is a donation") {
  auto d = deals_of(
      "The Turkish-built national library in the centre of Mogadishu was handed over as a gift in 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2023);
  auto e = deals_of("The Korean-built training school was handed over to Laos as a donation last year.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].status == "completed");
}

TEST_CASE("a building handed over with no gift stays unread") {
  auto d =
      deals_of("The old national library in the centre of Mogadishu was handed over to the city in 2023.");
  CHECK(d.empty());
}
