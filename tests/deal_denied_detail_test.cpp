// A signing cue whose passive subject is led by "no" is denied.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("no amount had been agreed denies the agreement") {
  auto d =
      deals_of("A Korean loan to Laos for a power line was under discussion but no amount had been agreed.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}
