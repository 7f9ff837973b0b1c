// The clause after ", under which" tells the agreement's terms: one deal, not two.
#include "deal_terms_clause.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("', under which Chile will send 1.2 billion kWh ...' is the agreement's terms") {
  auto d = deals_of(
      "In November 2025 Chile and Peru signed an agreement on the joint operation of a reservoir, under "
      "which "
      "Chile will send 1.2 billion kWh of electricity to Peru each winter in return for summer irrigation "
      "water.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2025);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("a second deal joined by 'and' keeps its own row") {
  auto d = deals_of(
      "Chile and Peru signed an agreement on the joint operation of a reservoir in 2025, and Peru bought 40 "
      "locomotives from Chile for $200 million.");
  CHECK(d.size() == 2);
}
