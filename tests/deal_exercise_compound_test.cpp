// A joint exercise whose kind is a hyphenated compound ("joint search-and-rescue exercise").
#include "deal_exercise_compound.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'a joint search-and-rescue exercise' is a joint exercise") {
  // One partner named only through its service (an organisation): the joint-like word must be found.
  auto d = deals_of(
      "Indonesian and Philippine coast guard ships held a joint search-and-rescue exercise near Mindanao.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].sector == "defense");
}

TEST_CASE("a compound exercise with no joint-like word stays one navy's") {
  CHECK(deals_of("Peruvian Navy vessels held a search-and-rescue exercise off Callao, and Chile watched.")
            .empty());
}
