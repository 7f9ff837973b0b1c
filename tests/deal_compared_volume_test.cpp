// A deal verb with a compared object ("sold more weapons than ...") measures trade; it tells no deal.
#include "deal_compared_volume.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'sold more X than' compares volumes and is no deal") {
  CHECK(
      deals_of("France sold more rifles to Peru last year than the next three exporters combined.").empty());
  CHECK(deals_of("Chile bought fewer tanks from Germany in 2024 than in 2023.").empty());
}

TEST_CASE("'bought more' without a comparison stays a deal") {
  CHECK(deals_of("Peru bought more frigates from Spain in 2024.").size() == 1);
}

// Regression (probe54): "lent more than A$1 billion" was read as a compared volume and dropped.
TEST_CASE("'more than' before an amount is the amount's qualifier, not a comparison") {
  auto d = deals_of("Chile lent more than $300 million to Peru in 2025 for a port.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_qualifier == "over");
  CHECK(deals_of("Chile invested more than A$20 million in Peru's ports in 2025.").size() == 1);
  CHECK(deals_of("France sold more than any other supplier to Peru last year.").empty());
}
