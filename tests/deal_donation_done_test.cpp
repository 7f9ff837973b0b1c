// A donation told by its noun with a past year is completed.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a donation noun dated to a past year is completed") {
  auto d = deals_of(
      "Japan donated 30 fire engines to Peru on Monday. The gift follows an earlier donation of 12 fire "
      "engines in 2019, most of which now serve in Lima.");
  bool earlier = false;
  for (const auto& x : d)
    if (x.year == 2019) earlier = x.status == "completed";
  CHECK(earlier);
}

TEST_CASE("a donation still to come is not completed") {
  auto d = deals_of("Japan will make a donation of 12 fire engines to Peru in 2027.");
  for (const auto& x : d) CHECK(x.status != "completed");
}
