// A flow told by the rate it is running at, or the total it has topped, is a statistic, not a deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("shipments running at a rate make no deal") {
  CHECK(deals_of("Argentine gas shipments to Chile are running at around 3 million cubic metres a day this "
                 "year.")
            .empty());
  CHECK(deals_of("Crude shipments from Angola to India are running at about 200,000 barrels a day.").empty());
}

TEST_CASE("a deal told before a flow that has topped a total is still a deal") {
  auto d =
      deals_of("Peru signed a deal to supply copper to Japan, and shipments have topped 2 million tonnes.");
  CHECK(d.size() == 1);
}
