// Sector: "construction" is the weakest infrastructure word; what is built names the sector ("the
// construction of a lithium carbonate plant" is a minerals deal), and a loan "to finance the construction" of
// schools still takes the sector of what it pays for.
#include <catch2/catch.hpp>

#include "deal_sector.h"
#include "test_deals.h"

TEST_CASE("a contract for the construction of a lithium carbonate plant is a minerals deal (other)") {
  auto d = deals_of(
      "Peru signed a contract with a Chilean firm for the construction of a lithium carbonate plant in Puno, "
      "with an investment of $400 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
}

TEST_CASE("a loan to finance the construction of schools is infrastructure, not finance") {
  auto d = deals_of(
      "Chile and Peru signed a loan agreement of $50 million to finance the construction of 20 schools.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
}

TEST_CASE("a factory built abroad is manufacturing (other), a power plant stays energy") {
  auto d = deals_of("Chile's Andes Cells is building a battery plant in Arequipa, Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
  auto m = deals_of("Peru's Acero Sur has built a steel mill in Antofagasta, Chile, since 2019.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].sector == "other");
  auto p = deals_of("Chilean firm Andes Power is building a gas power plant outside Arequipa in Peru.");
  REQUIRE(p.size() == 1);
  CHECK(p[0].sector == "energy");
}
