// A signing told in the passive as still to come ("is expected to be signed", "is due to be signed") is
// announced, like "are expected to sign": not signed, not merely proposed.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an agreement due to be signed is announced") {
  auto deals =
      deals_of("An agreement between Chile and Peru on green hydrogen is due to be signed next month.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].status == "announced");
}

TEST_CASE("a deal expected to be signed is announced") {
  auto deals = deals_of(
      "A deal on a lithium refinery between Chile and Peru is expected to be signed in the coming weeks.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].status == "announced");
}
