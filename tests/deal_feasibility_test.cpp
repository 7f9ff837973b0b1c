// Deal status: a project the sides only agreed to study ("agreed to study the feasibility of") is proposed.
#include "deal_feasibility.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'agreed to study the feasibility of' an expressway is a proposed project") {
  auto d = deals_of("Chile and Peru also agreed to study the feasibility of a new coastal expressway link.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(d[0].sector == "infrastructure");
}

TEST_CASE("'agreed to study the construction of' a railway is proposed, not signed") {
  auto d = deals_of("Chile and Peru agreed to study the construction of a railway between Arica and Tacna.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}
