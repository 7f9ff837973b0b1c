// Projects told as a collection are no deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a string of projects is no deal") {
  auto d = deals_of(
      "The motorway is the latest of a string of Turkish-financed projects in the small country, which "
      "sends many workers to Germany.");
  CHECK(d.empty());
}
