// Deal sectors by word list: forces and coast-guard pacts are defense, hydrocarbon pacts energy, and crude
// palm oil an edible commodity (trade), not crude oil; water conveyance is infrastructure.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a visiting forces agreement and a coast guards' memorandum are defense") {
  auto d = deals_of("Chile and Peru signed a visiting forces agreement in Lima on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  auto g =
      deals_of("The coast guards of Chile and Peru signed a memorandum on search-and-rescue cooperation.");
  REQUIRE(g.size() == 1);
  CHECK(g[0].sector == "defense");
}

TEST_CASE("a memorandum on the hydrocarbon sector is energy") {
  auto d = deals_of("Chile and Peru signed a memorandum on cooperation in the hydrocarbon sector.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("crude palm oil is a farm commodity (trade), while crude oil stays energy") {
  auto d = deals_of("Chile bought 30,000 tonnes of crude palm oil from Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto oil = deals_of("Chile bought 30,000 tonnes of crude oil from Peru.");
  REQUIRE(oil.size() == 1);
  CHECK(oil[0].sector == "energy");
}

TEST_CASE("a loan for a water conveyance project is infrastructure") {
  auto c = deals_of("Chile signed a loan agreement with Peru for the Tacna water conveyance project.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].sector == "infrastructure");
}
