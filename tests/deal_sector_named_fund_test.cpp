// Sector: a fund named as the investor ("the Andes Investment Fund put $1.5 billion into ...") does not make
// the deal a finance one; a joint fund that the deal sets up still does.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a named investment fund putting money into a firm is not a finance deal") {
  auto d = deals_of("The Andes Investment Fund of Chile put $1.5 billion into Peru's Inca Telecom in 2020.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
}

TEST_CASE("a joint investment fund set up by an agreement stays finance") {
  auto d =
      deals_of("Chile and Peru signed an agreement in 2020 to set up a joint investment fund of $1 billion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "finance");
}
