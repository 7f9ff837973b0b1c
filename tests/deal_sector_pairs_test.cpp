// Two fields of different sectors named as "sectors" make a mixed package, even in a story of one sector.
#include "deal_sector_pairs.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'invest $2 billion in Peru's energy and transport sectors' is a mixed package") {
  auto d = deals_of(
      "Chile and Peru signed an agreement under which Chile will invest $2 billion in Peru's energy and "
      "transport "
      "sectors.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
  auto story = deals_of(
      "Chile signed a contract with Peru to supply LNG in May. Chile also agreed to build a gas pipeline to "
      "Peru. "
      "In July, Chile and Peru signed an agreement under which Chile will invest $2 billion in Peru's energy "
      "and "
      "transport sectors.");
  REQUIRE(story.size() == 3);
  CHECK(story[2].sector == "other");
}

TEST_CASE("one sector named twice ('the oil and gas sectors') keeps that sector") {
  auto d = deals_of("Chile will invest $2 billion in the oil and gas sectors of Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}
