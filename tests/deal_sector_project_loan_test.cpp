// A loan "for the project" told after the project's deal pays for that project and takes its sector.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a loan for the project takes the sector of the deal told before it") {
  auto d = deals_of(
      "Chile and Peru signed an agreement on Monday to build a gas pipeline along the coast. "
      "A Chilean state fund will provide a $900 million loan for the project, the energy ministry said.");
  bool found = false;
  for (const auto& x : d) {
    if (x.kind != "loan") continue;
    found = true;
    CHECK(x.sector == "energy");
  }
  CHECK(found);
}

TEST_CASE("a loan for a project named in full keeps its own sector") {
  auto d = deals_of(
      "Chile and Peru signed an agreement on Monday to build a gas pipeline along the coast. "
      "A Chilean state fund will provide a $900 million loan for the project's bond issue, the ministry "
      "said.");
  for (const auto& x : d)
    if (x.kind == "loan") CHECK(x.sector == "finance");
}
