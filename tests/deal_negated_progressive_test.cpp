// Negated progressives: "we are not buying" denies a deal; the affirmative and the passive stay deals.
#include "deal_negated_progressive.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal verb in a negated progressive is no deal") {
  CHECK(deals_of("We are not buying frigates from Spain, Peru's minister said.").empty());
  CHECK(deals_of("Chile is not building a pipeline to Argentina.").empty());
  CHECK(deals_of("Peru was not selling tanks to Bolivia at the time.").empty());
}

TEST_CASE("the affirmative progressive next to a denial stays a deal") {
  auto d = deals_of("We are not buying tanks; Peru is buying six frigates from Spain.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("frigates"));
}
