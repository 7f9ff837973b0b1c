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
