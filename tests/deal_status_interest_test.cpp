// Deal status: a side that "expressed interest in" a project has proposed it, not signed it.
#include <catch2/catch.hpp>

#include "deal_status.h"
#include "test_deals.h"

TEST_CASE("'expressed interest in participating in the construction' of a plant is proposed") {
  auto d = deals_of(
      "The Peruvian side expressed interest in participating in the construction of a cement plant in "
      "Chile.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}
